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
 * assigned to its language term and its group term.
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

foreach (['language', 'post_translations'] as $taxonomy) {
    register_taxonomy($taxonomy, ['post', 'page'], ['public' => false, 'query_var' => false, 'rewrite' => false]);
}
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
}

$jane = must(wp_insert_user(['user_login' => 'jane', 'user_pass' => 'not-a-real-password', 'role' => 'author',
    'display_name' => 'Jane Doe', 'first_name' => 'Jane', 'last_name' => 'Doe', 'user_email' => 'jane@example.org']));
$li = must(wp_insert_user(['user_login' => 'liming', 'user_pass' => 'not-a-real-password', 'role' => 'author',
    'display_name' => '李明', 'user_email' => 'li@example.org']));

$foreign = must(wp_insert_term('Foreign Policy', 'category', ['slug' => 'foreign-policy']))['term_id'];
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
fwrite(STDERR, "wrote $out\n");
