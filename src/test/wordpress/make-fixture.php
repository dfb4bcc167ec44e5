<?php
/*
 * Builds a small bilingual WordPress site the way Polylang stores it and writes its WXR export
 * (WordPress's own export_wp()) to the file named by the first argument. Run by make-fixture.sh,
 * which creates the throwaway MariaDB database this script fills.
 *
 * Polylang is not packaged for Debian, so its storage is reproduced here exactly: a `language`
 * taxonomy whose terms are the languages (slug en/zh/tw, description a serialized array with the
 * locale), a `post_translations` taxonomy whose terms (named pll_…) each hold one translation
 * group as a serialized array {language slug => post id} in their description, and each post
 * assigned to its language term and its group term. Terms have the same: a `term_language`
 * taxonomy (pll_en, pll_zh, pll_tw) and `term_translations` groups {language slug => term id}.
 * Posts in other languages than the default live under /zh/ and /tw/, as Polylang's "language
 * from the directory name" setting puts them. Images are written into the uploads folder, which
 * the first argument's folder receives as uploads/.
 */
if ($argc < 2) {
    fwrite(STDERR, "usage: php make-fixture.php OUT.xml\n");
    exit(2);
}
$out = $argv[1];

define('ABSPATH', '/usr/share/wordpress/');
define('DB_NAME', getenv('WXR_DB') ?: 'wxr_fixture');
define('DB_USER', getenv('WXR_DB_USER') ?: 'wxr_fixture');
define('DB_PASSWORD', getenv('WXR_DB_PASSWORD') ?: 'wxr_fixture');
define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8mb4');
define('WP_CONTENT_DIR', getenv('WXR_CONTENT_DIR'));
define('WP_INSTALLING', true);
$table_prefix = 'wp_';
$_SERVER['HTTP_HOST'] = 'journal.example.org';
$_SERVER['REQUEST_URI'] = '/';

require ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/export.php';

add_filter('pre_wp_mail', '__return_false');
wp_install('Tribune WXR fixture', 'admin', 'admin@example.org', true, '', 'not-a-real-password');
update_option('siteurl', 'https://journal.example.org');
update_option('home', 'https://journal.example.org');
update_option('timezone_string', 'Asia/Shanghai');
update_option('permalink_structure', '/%year%/%monthnum%/%day%/%postname%/');
$wp_rewrite->init();
// The sample post, page and comment wp_install makes carry today's date: drop them.
foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1]) as $p) {
    wp_delete_post($p->ID, true);
}

// Polylang's taxonomies: languages and groups of posts, and (objects being term ids) of terms.
foreach (['language' => ['post', 'page'], 'post_translations' => ['post', 'page'], 'term_language' => null,
    'term_translations' => null] as $taxonomy => $objects) {
    register_taxonomy($taxonomy, $objects, ['public' => false, 'query_var' => false, 'rewrite' => false]);
}
// Polylang's directory-style addresses: /zh/2022/03/04/slug/ for posts not in the default language.
add_filter('post_link', function ($link, $post) {
    $terms = wp_get_object_terms($post->ID, 'language', ['fields' => 'slugs']);
    $lang = $terms[0] ?? 'en';
    return $lang === 'en' ? $link : preg_replace('#^(https?://[^/]+)/#', '$1/' . $lang . '/', $link);
}, 10, 2);
$languages = [
    'en' => ['English', 'en_US', 'us'],
    'zh' => ['中文 (中国)', 'zh_CN', 'cn'],
    'tw' => ['中文 (台灣)', 'zh_TW', 'tw'],
];
foreach ($languages as $slug => [$name, $locale, $flag]) {
    must(wp_insert_term($name, 'language', [
        'slug' => $slug,
        'description' => serialize(['locale' => $locale, 'rtl' => 0, 'flag_code' => $flag]),
    ]));
    must(wp_insert_term('pll_' . $slug, 'term_language', ['slug' => 'pll_' . $slug]));
}

$jane = must(wp_insert_user(['user_login' => 'jane', 'user_pass' => 'not-a-real-password', 'role' => 'author',
    'display_name' => 'Jane Doe', 'first_name' => 'Jane', 'last_name' => 'Doe', 'user_email' => 'jane@example.org']));
$li = must(wp_insert_user(['user_login' => 'liming', 'user_pass' => 'not-a-real-password', 'role' => 'author',
    'display_name' => '李明', 'user_email' => 'li@example.org']));

$foreign = must(wp_insert_term('Foreign Policy', 'category', ['slug' => 'foreign-policy']))['term_id'];
// The category's translations, as Polylang makes them: terms of their own, linked in a group.
$foreign_zh = must(wp_insert_term('外交政策', 'category', ['slug' => 'foreign-policy-zh']))['term_id'];
$foreign_tw = must(wp_insert_term('外交政策', 'category', ['slug' => 'foreign-policy-tw']))['term_id'];
term_translations(['en' => $foreign, 'zh' => $foreign_zh, 'tw' => $foreign_tw]);
$asia = must(wp_insert_term('East Asia', 'category', ['slug' => 'east-asia']))['term_id'];
$security = must(wp_insert_term('安全', 'category', ['slug' => 'security']))['term_id'];

function must($result) {
    if (is_wp_error($result)) {
        fwrite(STDERR, $result->get_error_message() . "\n");
        exit(1);
    }
    return $result;
}

/** Inserts a post dated in UTC (WordPress derives the local date from the site's timezone). */
function post($author, $lang, $title, $slug, $gmt, $content, $extra = []) {
    $local = $gmt ? get_date_from_gmt($gmt) : null;
    $id = must(wp_insert_post(array_merge([
        'post_author' => $author,
        'post_title' => $title,
        'post_name' => $slug,
        'post_content' => $content,
        'post_status' => 'publish',
        'post_date' => $local,
        'post_date_gmt' => $gmt,
        'post_modified' => $local,
        'post_modified_gmt' => $gmt,
    ], $extra), true));
    wp_set_object_terms($id, $lang, 'language');
    return $id;
}

function term_translations(array $group) {
    static $n = 0;
    $name = 'pll_term_fixture' . ++$n;
    must(wp_insert_term($name, 'term_translations', ['slug' => $name, 'description' => serialize($group)]));
    foreach ($group as $lang => $term_id) {
        wp_set_object_terms($term_id, 'pll_' . $lang, 'term_language');
        wp_set_object_terms($term_id, $name, 'term_translations');
    }
}

/** Writes a small image into the uploads folder, as WordPress keeps an uploaded file. */
function upload_image($relative, $width, $height, $rgb) {
    $file = WP_CONTENT_DIR . '/uploads/' . $relative;
    wp_mkdir_p(dirname($file));
    $image = imagecreatetruecolor($width, $height);
    imagefilledrectangle($image, 0, 0, $width, $height, imagecolorallocate($image, ...$rgb));
    imagefilledellipse($image, intdiv($width, 2), intdiv($height, 2), intdiv($width, 2), intdiv($height, 2),
        imagecolorallocate($image, 255 - $rgb[0], 255 - $rgb[1], 255 - $rgb[2]));
    str_ends_with($relative, '.png') ? imagepng($image, $file) : imagejpeg($image, $file, 85);
}

function translations(array $group) {
    static $n = 0;
    $name = 'pll_fixture' . ++$n;
    must(wp_insert_term($name, 'post_translations', ['slug' => $name, 'description' => serialize($group)]));
    foreach ($group as $id) {
        wp_set_object_terms($id, $name, 'post_translations');
    }
}

require __DIR__ . '/fixture-posts.php';

ob_start();
export_wp(['content' => 'all']);
file_put_contents($out, ob_get_clean());
$uploads = dirname($out) . '/uploads';
exec('rm -rf ' . escapeshellarg($uploads) . ' && cp -r ' . escapeshellarg(WP_CONTENT_DIR . '/uploads') . ' '
    . escapeshellarg($uploads), $output, $status);
if ($status !== 0) {
    fwrite(STDERR, "could not copy the uploads folder to $uploads\n");
    exit(1);
}
fwrite(STDERR, "wrote $out\n");
