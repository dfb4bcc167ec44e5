<?php
/* The fixture's content; included by make-fixture.php once the site, languages, users and
 * categories exist. Each post exercises something the importer must handle. */

// 1. A published article in three languages (block editor markup: headings, a list, a quote,
//    a table, an image with a caption), with tags and an excerpt.
$blocks_en = <<<'HTML'
<!-- wp:paragraph -->
<p>Washington's approach to Pyongyang has <strong>not moved</strong> in years. See <a href="https://example.org/report">the report</a>.</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading">Three options</h2>
<!-- /wp:heading -->

<!-- wp:list -->
<ul><li>Engagement</li><li>Pressure</li><li><em>Waiting</em></li></ul>
<!-- /wp:list -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>Strategic patience is neither.</p><cite>A diplomat</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Year</th><th>Talks</th></tr></thead><tbody><tr><td>2018</td><td>3</td></tr><tr><td>2019</td><td>1</td></tr></tbody></table></figure>
<!-- /wp:table -->

<!-- wp:image {"id":90,"sizeSlug":"large"} -->
<figure class="wp-block-image size-large"><img src="https://journal.example.org/wp-content/uploads/2022/03/dmz.jpg" alt="The DMZ" class="wp-image-90"/><figcaption class="wp-element-caption">The demilitarized zone</figcaption></figure>
<!-- /wp:image -->
HTML;
$p1en = post($jane, 'en', "Washington's Stagnant North Korea Policy", 'washingtons-stagnant-north-korea-policy',
    '2022-03-04 00:00:00', $blocks_en, ['post_excerpt' => 'Why nothing has moved.', 'post_category' => [$foreign, $asia],
    'tags_input' => ['korea', 'diplomacy']]);
$p1zh = post($jane, 'zh', '华盛顿停滞的朝鲜政策', '华盛顿停滞的朝鲜政策', '2022-03-04 01:00:00',
    "<!-- wp:paragraph -->\n<p>华盛顿对平壤的政策多年<strong>没有变化</strong>。</p>\n<!-- /wp:paragraph -->",
    ['post_excerpt' => '为什么毫无进展。', 'post_category' => [$foreign_zh, $asia], 'tags_input' => ['korea']]);
$p1tw = post($jane, 'tw', '華盛頓停滯的朝鮮政策', '華盛頓停滯的朝鮮政策', '2022-03-04 02:00:00',
    "<!-- wp:paragraph -->\n<p>華盛頓對平壤的政策多年<strong>沒有變化</strong>。</p>\n<!-- /wp:paragraph -->",
    ['post_category' => [$foreign_tw, $asia]]);
translations(['en' => $p1en, 'zh' => $p1zh, 'tw' => $p1tw]);
wp_insert_comment(['comment_post_ID' => $p1en, 'comment_author' => 'A reader', 'comment_content' => 'Good piece.',
    'comment_date' => '2022-03-05 10:00:00', 'comment_date_gmt' => '2022-03-05 02:00:00', 'comment_approved' => 1]);
upload_image('2022/03/dmz.jpg', 640, 400, [40, 90, 60]);
$image = wp_insert_attachment(['post_title' => 'dmz', 'post_mime_type' => 'image/jpeg', 'post_status' => 'inherit',
    'guid' => 'https://journal.example.org/wp-content/uploads/2022/03/dmz.jpg', 'post_date' => '2022-03-04 08:00:00',
    'post_date_gmt' => '2022-03-04 00:00:00'], '2022/03/dmz.jpg', $p1en);
update_post_meta($image, '_wp_attachment_image_alt', 'The DMZ');
set_post_thumbnail($p1en, $image);

// 2. Classic editor: wpautop line breaks and shortcodes, with a Simplified translation.
$classic = "Talks resumed in Geneva.\nBoth sides were cautious.\n\n"
    . "[caption id=\"attachment_91\" align=\"alignright\" width=\"300\"]"
    . "<img class=\"size-medium wp-image-91\" src=\"https://journal.example.org/wp-content/uploads/2023/05/geneva.jpg\""
    . " alt=\"Geneva\" width=\"300\" height=\"200\" /> Delegates in Geneva[/caption]\n\n"
    . "[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\n"
    . "https://twitter.com/example/status/1\n\n"
    . "[gallery ids=\"91,92\"]\n\n[contact-form-7 id=\"5\" title=\"Contact\"]\n\n"
    . "<ol>\n<li>First</li>\n<li>Second</li>\n</ol>";
upload_image('2023/05/geneva.jpg', 300, 200, [30, 60, 140]);
$p2en = post($jane, 'en', 'Talks in Geneva', 'talks-in-geneva', '2023-05-10 12:30:00', $classic,
    ['post_category' => [$security]]);
$p2zh = post($li, 'zh', '日内瓦会谈', 'geneva-talks-zh', '2023-05-11 03:00:00',
    "会谈在日内瓦恢复。\n双方都很谨慎。\n\n[gallery ids=\"91\"]", ['post_category' => [$security]]);
translations(['en' => $p2en, 'zh' => $p2zh]);

// 3. Simplified only, Chinese slug: Tribune derives its Traditional edition.
post($li, 'zh', '亚洲的新秩序', '亚洲的新秩序', '2024-01-15 06:00:00', "<p>亚洲正在形成新的秩序。</p>",
    ['post_category' => [$asia], 'tags_input' => ['diplomacy']]);

// 4. A draft, a pending post, a scheduled post, a private post and a trashed one.
post($jane, 'en', 'Unfinished thoughts', 'unfinished-thoughts', null, '<p>Draft text.</p>',
    ['post_status' => 'draft', 'post_date' => '2024-02-01 09:00:00', 'post_date_gmt' => '0000-00-00 00:00:00']);
post($li, 'zh', '待审稿件', 'pending-review-zh', '2024-02-02 09:00:00', '<p>等待审核。</p>', ['post_status' => 'pending']);
post($jane, 'en', 'Next Year in Asia', 'next-year-in-asia', '2099-01-01 00:00:00', '<p>Coming soon.</p>',
    ['post_status' => 'future', 'post_category' => [$asia]]);
post($jane, 'en', 'Private notes', 'private-notes', '2024-03-01 00:00:00', '<p>Secret.</p>', ['post_status' => 'private']);
post($jane, 'en', 'Thrown away', 'thrown-away', '2024-03-02 00:00:00', '<p>Gone.</p>', ['post_status' => 'trash']);

// 5. A page.
post($jane, 'en', 'About the journal', 'about', '2021-01-01 00:00:00', '<p>We publish commentary.</p>',
    ['post_type' => 'page']);

// 6. A published post whose GMT date is zero, as sites moved from old WordPress versions or other
//    systems have: its local date is in the site's timezone (Asia/Shanghai), which WXR does not
//    carry. Its body shows an uploaded PNG and an image the uploads folder lacks.
upload_image('2024/04/harbour.png', 320, 240, [200, 160, 40]);
$p6 = post($jane, 'en', 'Harbour Diplomacy', 'harbour-diplomacy', '2024-04-01 00:00:00',
    '<p>Ships wait.</p><p><img src="https://journal.example.org/wp-content/uploads/2024/04/harbour.png" alt="The harbour" /></p>'
    . '<p><img src="https://journal.example.org/wp-content/uploads/2024/04/lost.jpg" alt="Lost" /></p>',
    ['post_category' => [$security]]);
$wpdb->update($wpdb->posts, ['post_date_gmt' => '0000-00-00 00:00:00', 'post_modified_gmt' => '0000-00-00 00:00:00'],
    ['ID' => $p6]);
clean_post_cache($p6);
