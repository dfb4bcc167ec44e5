package org.tribune.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.ArticleImage;
import org.tribune.content.ContentService;
import org.tribune.content.Edition;
import org.tribune.content.EditionOrigin;
import org.tribune.content.EditionRepository;
import org.tribune.content.EditionStatus;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.media.MediaLibrary;

/** Imports the export src/test/wordpress/make-fixture.sh made from a real WordPress. */
class WxrImportTest {
    @TempDir
    Path tempDir;

    TestDatabase db;
    ContentService content;
    EditionRepository editions;
    final List<ImportProblem> reported = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabase.open(Dialect.SQLITE, tempDir);
        content = new ContentService(db.database(), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        editions = new EditionRepository(db.database());
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void every_post_lands_in_its_translation_group_with_its_status_authors_and_topics() throws IOException {
        ImportReport report = new Importer(content).importPaths(List.of(fixture()), reported::add);

        assertThat(reported).isEmpty();
        // Ten posts; the zh-Hant one replaces the edition derived when its zh-Hans one landed first.
        assertThat(report.imported()).isEqualTo(10);
        Edition en = edition("washingtons-stagnant-north-korea-policy", Lang.EN);
        assertThat(en.title()).isEqualTo("Washington's Stagnant North Korea Policy");
        assertThat(en.summary()).isEqualTo("Why nothing has moved.");
        assertThat(en.status()).isEqualTo(EditionStatus.PUBLISHED);
        assertThat(en.published()).isEqualTo(Instant.parse("2022-03-04T00:00:00Z"));
        assertThat(en.bodyMarkdown())
                .contains("**not moved** in years", "## Three options", "| Year | Talks |", "*The demilitarized zone*");
        Edition zh = edition("washingtons-stagnant-north-korea-policy", Lang.ZH_HANS);
        assertThat(zh.title()).isEqualTo("华盛顿停滞的朝鲜政策");
        assertThat(zh.published()).isEqualTo(Instant.parse("2022-03-04T01:00:00Z"));
        Edition tw = edition("washingtons-stagnant-north-korea-policy", Lang.ZH_HANT);
        assertThat(tw.title()).isEqualTo("華盛頓停滯的朝鮮政策");
        assertThat(tw.origin()).isEqualTo(EditionOrigin.AUTHORED);
        var article = content.article("washingtons-stagnant-north-korea-policy", Lang.EN)
                .orElseThrow();
        assertThat(article.authors()).containsExactly(new Named("jane", "Jane Doe"));
        assertThat(article.topics())
                .extracting(Named::key)
                .containsExactlyInAnyOrder("east-asia", "foreign-policy", "diplomacy", "korea");

        assertThat(edition("talks-in-geneva", Lang.EN).bodyMarkdown())
                .contains("![Geneva](https://journal.example.org/wp-content/uploads/2023/05/geneva.jpg)")
                .contains("*Delegates in Geneva*")
                .contains("<https://www.youtube.com/watch?v=dQw4w9WgXcQ>");
        assertThat(edition("talks-in-geneva", Lang.ZH_HANS).title()).isEqualTo("日内瓦会谈");
        assertThat(content.article("talks-in-geneva", Lang.ZH_HANS)
                        .orElseThrow()
                        .authors())
                .containsExactly(new Named("jane", "Jane Doe"));

        // Simplified only, Chinese slug: an article of its own, its Traditional edition derived.
        assertThat(edition("post-10", Lang.ZH_HANS).title()).isEqualTo("亚洲的新秩序");
        assertThat(edition("post-10", Lang.ZH_HANT).origin()).isEqualTo(EditionOrigin.DERIVED);

        assertThat(edition("unfinished-thoughts", Lang.EN).status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(edition("unfinished-thoughts", Lang.EN).published()).isNull();
        assertThat(edition("post-12", Lang.ZH_HANS).status()).isEqualTo(EditionStatus.DRAFT);
        Edition scheduled = edition("next-year-in-asia", Lang.EN);
        assertThat(scheduled.status()).isEqualTo(EditionStatus.SCHEDULED);
        assertThat(scheduled.published()).isEqualTo(Instant.parse("2099-01-01T00:00:00Z"));
        assertThat(content.findArticle("private-notes")).isEmpty();
        assertThat(content.findArticle("thrown-away")).isEmpty();
        assertThat(content.findArticle("about")).isEmpty();

        assertThat(report.notes())
                .anyMatch(n -> n.endsWith(": skipped: private post 14"))
                .anyMatch(n -> n.endsWith(": skipped: trash post 15"))
                .anyMatch(n -> n.endsWith(": 1 comments not imported"))
                .anyMatch(n -> n.endsWith(": 1 page items not imported"))
                .anyMatch(n -> n.endsWith(": [gallery] shortcode left as text in 2 places"))
                .anyMatch(n -> n.endsWith(": [contact-form-7] shortcode left as text in 1 places"));
    }

    @Test
    void a_groups_topics_are_those_of_all_its_editions_and_its_authors_those_of_its_source_edition()
            throws IOException {
        new Importer(content).importPaths(List.of(fixture()), reported::add);

        // The last post of the group (zh-Hant) has no tags and the zh-Hans one only "korea": each
        // edition's save used to replace the article's topics with its own, so the last one decided.
        for (Lang lang : Lang.values()) {
            assertThat(content.article("washingtons-stagnant-north-korea-policy", lang)
                            .orElseThrow()
                            .topics())
                    .extracting(Named::key)
                    .containsExactlyInAnyOrder("east-asia", "foreign-policy", "diplomacy", "korea");
        }
        // The Simplified post of "Talks in Geneva" is by its translator: the byline is the English original's.
        for (Lang lang : List.of(Lang.EN, Lang.ZH_HANS)) {
            assertThat(content.article("talks-in-geneva", lang).orElseThrow().authors())
                    .extracting(Named::key)
                    .containsExactly("jane");
        }
    }

    @Test
    void polylang_term_translations_make_one_topic_named_in_each_language() throws IOException {
        new Importer(content).importPaths(List.of(fixture()), reported::add);

        String id = "washingtons-stagnant-north-korea-policy";
        assertThat(topicName(id, Lang.EN, "foreign-policy")).isEqualTo("Foreign Policy");
        assertThat(topicName(id, Lang.ZH_HANS, "foreign-policy")).isEqualTo("外交政策");
        assertThat(topicName(id, Lang.ZH_HANT, "foreign-policy")).isEqualTo("外交政策");
        // Untranslated terms keep their one WordPress name in every language.
        assertThat(topicName(id, Lang.ZH_HANS, "east-asia")).isEqualTo("East Asia");
        assertThat(content.article(id, Lang.ZH_HANS).orElseThrow().topics())
                .extracting(Named::key)
                .doesNotContain("foreign-policy-zh", "foreign-policy-tw");
    }

    @Test
    void a_post_without_a_gmt_date_is_dated_in_the_sites_timezone_and_the_fallback_reported() throws IOException {
        ImportReport report = new Importer(content)
                .importPaths(
                        List.of(fixture()),
                        WxrOptions.DEFAULTS.withTimezone(ZoneId.of("Asia/Shanghai")),
                        reported::add);

        // post_date 2024-04-01 08:00:00 in Shanghai, post_date_gmt 0000-00-00 00:00:00
        assertThat(edition("harbour-diplomacy", Lang.EN).published()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(report.notes())
                .anyMatch(n -> n.endsWith(": 1 posts had no GMT date (post_date_gmt 0000-00-00): dated by post_date in "
                        + "Asia/Shanghai"));
    }

    @Test
    void without_a_timezone_local_dates_are_read_as_utc_and_the_option_named() throws IOException {
        ImportReport report = new Importer(content).importPaths(List.of(fixture()), reported::add);

        assertThat(edition("harbour-diplomacy", Lang.EN).published()).isEqualTo(Instant.parse("2024-04-01T08:00:00Z"));
        assertThat(report.notes()).anyMatch(n -> n.contains("--timezone Area/City"));
    }

    @Test
    void every_published_post_category_tag_and_author_keeps_its_old_address() throws IOException {
        ImportReport report = new Importer(content).importPaths(List.of(fixture()), reported::add);

        var redirects = content.redirects();
        String korea = "washingtons-stagnant-north-korea-policy";
        assertThat(redirects.targetOf("/2022/03/04/washingtons-stagnant-north-korea-policy/"))
                .contains("/en/articles/" + korea);
        assertThat(redirects.targetOf("/zh/2022/03/04/%e5%8d%8e%e7%9b%9b%e9%a1%bf%e5%81%9c%e6%bb%9e%e7%9a%84%e6%9c%9d"
                        + "%e9%b2%9c%e6%94%bf%e7%ad%96/"))
                .contains("/zh-hans/articles/" + korea);
        // Browsers write the same address in capitals, or not percent-encoded at all.
        assertThat(redirects.targetOf("/zh/2022/03/04/%E5%8D%8E%E7%9B%9B%E9%A1%BF%E5%81%9C%E6%BB%9E%E7%9A%84%E6%9C%9D"
                        + "%E9%B2%9C%E6%94%BF%E7%AD%96"))
                .contains("/zh-hans/articles/" + korea);
        assertThat(redirects.targetOf("/tw/2022/03/04/華盛頓停滯的朝鮮政策/")).contains("/zh-hant/articles/" + korea);
        assertThat(redirects.targetOf("/?p=4")).contains("/en/articles/" + korea);
        assertThat(redirects.targetOf("/?p=6&utm_source=feed")).contains("/zh-hant/articles/" + korea);
        assertThat(redirects.targetOf("/?p=13")).contains("/en/articles/next-year-in-asia");
        assertThat(redirects.targetOf("/?p=11"))
                .as("a draft's address was never public")
                .isEmpty();
        assertThat(redirects.targetOf("/category/foreign-policy/")).contains("/en/topics/foreign-policy");
        assertThat(redirects.targetOf("/zh/category/foreign-policy-zh/")).contains("/zh-hans/topics/foreign-policy");
        assertThat(redirects.targetOf("/tw/category/foreign-policy-tw/")).contains("/zh-hant/topics/foreign-policy");
        assertThat(redirects.targetOf("/tag/korea/")).contains("/en/topics/korea");
        assertThat(redirects.targetOf("/category/uncategorized/")).isEmpty();
        assertThat(redirects.targetOf("/author/jane/")).contains("/en/authors/jane");
        assertThat(redirects.targetOf("/?author=2")).contains("/en/authors/jane");
        assertThat(redirects.targetOf("/author/liming/")).contains("/zh-hans/authors/liming");
        assertThat(report.notes())
                .anyMatch(n -> n.matches(
                        ".*: \\d+ old addresses redirect \\(\\d+ recorded now, 0 had a" + " redirect already\\)"));

        long recorded = redirects.count();
        ImportReport again = new Importer(content).importPaths(List.of(fixture()), reported::add);
        assertThat(redirects.count()).isEqualTo(recorded);
        assertThat(again.notes())
                .anyMatch(n -> n.endsWith(" (0 recorded now, " + recorded + " had a redirect already)"));
        assertThat(reported).isEmpty();
    }

    @Test
    void with_the_uploads_folder_each_image_is_re_encoded_into_the_media_library_and_its_address_rewritten()
            throws IOException {
        var media =
                new MediaLibrary(db.database(), tempDir.resolve("media"), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        ImportReport report = new Importer(content, media)
                .importPaths(List.of(fixture()), WxrOptions.DEFAULTS.withUploads(uploads()), reported::add);

        assertThat(reported).isEmpty();
        // dmz.jpg (an attachment and in a body), geneva.jpg, harbour.png
        assertThat(media.recent(10)).hasSize(3);
        assertThat(edition("talks-in-geneva", Lang.EN).bodyMarkdown())
                .containsPattern("!\\[Geneva\\]\\(/media/[0-9a-f]{64}\\.jpg\\)")
                .doesNotContain("wp-content/uploads");
        assertThat(edition("harbour-diplomacy", Lang.EN).bodyMarkdown())
                .containsPattern("!\\[The harbour\\]\\(/media/[0-9a-f]{64}\\.png\\)")
                .contains("![Lost](https://journal.example.org/wp-content/uploads/2024/04/lost.jpg)");
        assertThat(report.notes())
                .anyMatch(
                        n -> n.matches(".*polylang\\.wxr\\.xml:\\d+: image not in the uploads folder, left as a link: "
                                + "https://journal.example.org/wp-content/uploads/2024/04/lost.jpg"))
                .anyMatch(n -> n.endsWith(": 3 images imported into the media library"))
                .anyMatch(n -> n.endsWith(": 1 featured images (_thumbnail_id) became their article's image"));

        ImportReport again = new Importer(content, media)
                .importPaths(List.of(fixture()), WxrOptions.DEFAULTS.withUploads(uploads()), reported::add);
        assertThat(again.unchanged()).isEqualTo(10);
        assertThat(media.recent(10)).hasSize(3);
        assertThat(reported).isEmpty();
    }

    @Test
    void with_the_uploads_folder_a_posts_featured_image_becomes_its_articles_image_with_the_attachments_alt()
            throws IOException {
        var media =
                new MediaLibrary(db.database(), tempDir.resolve("media"), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        String korea = "washingtons-stagnant-north-korea-policy";
        new Importer(content, media)
                .importPaths(List.of(fixture()), WxrOptions.DEFAULTS.withUploads(uploads()), reported::add);

        assertThat(reported).isEmpty();
        // The English post's _thumbnail_id names attachment 7 (dmz.jpg, alt "The DMZ", no caption);
        // the Chinese posts have no featured image and the attachment no translations.
        ArticleImage image = content.articleImage(korea).orElseThrow();
        assertThat(image.file()).matches("[0-9a-f]{64}\\.jpg");
        assertThat(image.alt(Lang.EN)).isEqualTo("The DMZ");
        assertThat(image.alt(Lang.ZH_HANS)).isEmpty();
        assertThat(image.alt(Lang.ZH_HANT)).isEmpty();
        assertThat(image.caption(Lang.EN)).isEmpty();
        assertThat(image.credit()).isNull();
        // The same file the body shows, stored once.
        assertThat(edition(korea, Lang.EN).bodyMarkdown()).contains(image.path());
        assertThat(media.recent(10)).hasSize(3);
        assertThat(content.articleImage("talks-in-geneva")).isEmpty();

        new Importer(content, media)
                .importPaths(List.of(fixture()), WxrOptions.DEFAULTS.withUploads(uploads()), reported::add);
        assertThat(content.articleImage(korea)).contains(image);
    }

    @Test
    void without_the_uploads_folder_the_featured_image_is_reported_and_the_article_has_none() throws IOException {
        ImportReport report = new Importer(content).importPaths(List.of(fixture()), reported::add);

        assertThat(content.articleImage("washingtons-stagnant-north-korea-policy"))
                .isEmpty();
        assertThat(report.notes())
                .anyMatch(n -> n.matches(".*polylang\\.wxr\\.xml:\\d+: featured image of post 4 not imported"
                        + " \\(no --uploads folder\\), article left without an image: /wp-content/uploads/2022/03/dmz"
                        + "\\.jpg"));
    }

    @Test
    void without_the_uploads_folder_each_image_is_reported_with_its_line_and_left_as_a_link() throws IOException {
        ImportReport report = new Importer(content).importPaths(List.of(fixture()), reported::add);

        assertThat(edition("talks-in-geneva", Lang.EN).bodyMarkdown())
                .contains("![Geneva](https://journal.example.org/wp-content/uploads/2023/05/geneva.jpg)");
        assertThat(report.notes())
                .filteredOn(n -> n.contains(": image not imported (no --uploads folder), left as a link: "))
                .hasSize(4)
                .allMatch(n -> n.matches(".*polylang\\.wxr\\.xml:\\d+: .*"));
    }

    @Test
    void importing_the_same_export_again_changes_nothing() throws IOException {
        Path file = fixture();
        new Importer(content).importPaths(List.of(file), reported::add);

        ImportReport again = new Importer(content).importPaths(List.of(file), reported::add);

        assertThat(reported).isEmpty();
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(10);
    }

    @Test
    void a_dry_run_reports_and_stores_nothing() throws IOException {
        var media =
                new MediaLibrary(db.database(), tempDir.resolve("media"), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        ImportReport report = new Importer(content, media)
                .importPaths(
                        List.of(fixture()), WxrOptions.DEFAULTS.withDryRun(true).withUploads(uploads()), reported::add);

        assertThat(reported).isEmpty();
        assertThat(content.isEmpty()).isTrue();
        assertThat(content.redirects().count()).isZero();
        assertThat(media.recent(10)).isEmpty();
        assertThat(tempDir.resolve("media")).doesNotExist();
        assertThat(report.notes())
                .anyMatch(n -> n.endsWith(": 3 images would be imported into the media library"))
                .anyMatch(n -> n.endsWith(": 1 featured images (_thumbnail_id) would become their article's image"))
                .anyMatch(n -> n.contains(": would redirect "));
        assertThat(report.notes())
                .filteredOn(n -> n.contains(": would import post "))
                .hasSize(10);
    }

    @Test
    void a_dry_run_stores_no_json_lines_or_markdown_either() throws IOException {
        Path lines = write("more.jsonl", """
                {"id": "dry", "lang": "en", "title": "Dry", "body": "Text.", "published": "2024-01-01T00:00:00Z"}
                """);

        ImportReport report =
                new Importer(content).importPaths(List.of(lines), WxrOptions.DEFAULTS.withDryRun(true), reported::add);

        assertThat(content.isEmpty()).isTrue();
        assertThat(report.notes()).containsExactly(lines + ":1: would import dry (en, published)");
    }

    @Test
    void a_post_whose_edition_is_refused_leaves_no_redirect_nor_its_archives() throws IOException {
        String longTitle = "Long ".repeat(100);
        Path wxr = write("refused.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><language>en-US</language>
                %s
                %s
                %s
                </channel></rss>
                """.formatted(
                        post(1, "kept", "Kept", "2022-03-04 10:00:00", "alice", "kept-news"),
                        post(2, "too-long", longTitle, "2022-03-05 10:00:00", "bob", "long-news"),
                        post(3, "too-early", "Too early", "1700-01-01 10:00:00", "carol", "early-news")));

        new Importer(content).importPaths(List.of(wxr), reported::add);

        assertThat(reported)
                .extracting(ImportProblem::line)
                .containsExactlyInAnyOrder(lineOf(wxr, "too-long"), lineOf(wxr, "too-early"));
        var redirects = content.redirects();
        assertThat(redirects.targetOf("/2022/03/04/kept/")).contains("/en/articles/kept");
        assertThat(redirects.targetOf("/?p=1")).contains("/en/articles/kept");
        assertThat(redirects.targetOf("/category/kept-news/")).contains("/en/topics/kept-news");
        assertThat(redirects.targetOf("/author/alice/")).isPresent();
        for (String refused : List.of(
                "/2022/03/05/too-long/",
                "/?p=2",
                "/category/long-news/",
                "/author/bob/",
                "/1700/01/01/too-early/",
                "/?p=3",
                "/category/early-news/",
                "/author/carol/")) {
            assertThat(redirects.targetOf(refused)).as(refused).isEmpty();
        }
    }

    @Test
    void archives_under_the_sites_own_category_and_tag_bases_redirect() throws IOException {
        Path wxr = write(
                "bases.xml",
                channel(
                        post(1, "kept", "Kept", "2022-03-04 10:00:00", "alice", "foreign-policy")
                                .replace(
                                        "</item>",
                                        "<category domain=\"post_tag\" nicename=\"korea\"><![CDATA[Korea]]></category></item>")));

        new Importer(content)
                .importPaths(List.of(wxr), WxrOptions.DEFAULTS.withArchiveBases("/topics/", "subject"), reported::add);

        assertThat(reported).isEmpty();
        var redirects = content.redirects();
        assertThat(redirects.targetOf("/topics/foreign-policy/")).contains("/en/topics/foreign-policy");
        assertThat(redirects.targetOf("/subject/korea/")).contains("/en/topics/korea");
        assertThat(redirects.targetOf("/category/foreign-policy/")).isEmpty();
        assertThat(redirects.targetOf("/tag/korea/")).isEmpty();
    }

    @Test
    void an_archive_base_that_is_not_a_path_is_refused() {
        assertThatThrownBy(() -> WxrOptions.DEFAULTS.withArchiveBases("topics?x=1", "tag"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--category-base");
        assertThatThrownBy(() -> WxrOptions.DEFAULTS.withArchiveBases("category", "a b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--tag-base");
        assertThat(WxrOptions.DEFAULTS.withArchiveBases("", null).categoryBase())
                .isEqualTo("category");
    }

    @Test
    void each_translation_brings_its_own_attachments_alt_text_to_the_one_article_image() throws IOException {
        String group = "a:2:{s:2:\"en\";i:11;s:2:\"zh\";i:12;}";
        Path wxr = write("per-language.xml", channel("""
                <wp:term><wp:term_id>90</wp:term_id><wp:term_taxonomy>post_translations</wp:term_taxonomy>
                <wp:term_slug>pll_dmz</wp:term_slug><wp:term_name>pll_dmz</wp:term_name>
                <wp:term_description><![CDATA[%s]]></wp:term_description></wp:term>
                %s
                %s
                %s
                %s
                """.formatted(
                group,
                polylang(post(11, "dmz-visit", "A visit to the DMZ", "2022-03-04 10:00:00", "alice", "news"), "en", 21),
                polylang(post(12, "dmz-zh", "参观非军事区", "2022-03-04 11:00:00", "alice", "news"), "zh", 22),
                attachment(21, 11, "en", "Soldiers at the line"),
                attachment(22, 12, "zh", "分界线上的士兵"))));
        var media =
                new MediaLibrary(db.database(), tempDir.resolve("media"), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));

        new Importer(content, media)
                .importPaths(List.of(wxr), WxrOptions.DEFAULTS.withUploads(uploads()), reported::add);

        assertThat(reported).isEmpty();
        ArticleImage image = content.articleImage("dmz-visit").orElseThrow();
        assertThat(image.texts().get(Lang.EN).alt()).isEqualTo("Soldiers at the line");
        assertThat(image.texts().get(Lang.ZH_HANS).alt()).isEqualTo("分界线上的士兵");
        assertThat(media.recent(10)).hasSize(1);
    }

    private static String channel(String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><language>en-US</language>
                %s
                </channel></rss>
                """.formatted(items);
    }

    /** A post in a Polylang language and translation group, with a featured attachment. */
    private static String polylang(String post, String language, int thumbnail) {
        return post.replace("</item>", """
                <category domain="language" nicename="%s"><![CDATA[%s]]></category>
                <category domain="post_translations" nicename="pll_dmz"><![CDATA[pll_dmz]]></category>
                <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>%d</wp:meta_value></wp:postmeta>
                </item>""".formatted(language, language, thumbnail));
    }

    /** Polylang's copy of the uploaded file for one language: its own item, alt text and parent post. */
    private static String attachment(int id, int parent, String language, String alt) {
        return """
                <item><title>dmz</title><link>https://old.example/?attachment_id=%d</link>
                <wp:post_id>%d</wp:post_id><wp:post_parent>%d</wp:post_parent>
                <wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>
                <wp:attachment_url>https://old.example/wp-content/uploads/2022/03/dmz.jpg</wp:attachment_url>
                <category domain="language" nicename="%s"><![CDATA[%s]]></category>
                <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2022/03/dmz.jpg</wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[%s]]></wp:meta_value></wp:postmeta>
                </item>""".formatted(id, id, parent, language, language, alt);
    }

    private static String post(int id, String slug, String title, String date, String author, String category) {
        return """
                <item><title>%s</title><link>https://old.example/%s/%s/</link>
                <dc:creator><![CDATA[%s]]></dc:creator>
                <content:encoded><![CDATA[<p>Text of %s.</p>]]></content:encoded>
                <wp:post_id>%d</wp:post_id><wp:post_date>%s</wp:post_date><wp:post_date_gmt>%s</wp:post_date_gmt>
                <wp:post_name>%s</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                <category domain="category" nicename="%s"><![CDATA[%s]]></category>
                </item>""".formatted(
                        title,
                        date.substring(0, 10).replace('-', '/'),
                        slug,
                        author,
                        slug,
                        id,
                        date,
                        date,
                        slug,
                        category,
                        category);
    }

    private static long lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("<wp:post_name>" + text + "<")) {
                // The item starts four lines above its post_name.
                return i + 1 - 4;
            }
        }
        throw new AssertionError("no " + text + " in " + file);
    }

    @Test
    void an_entity_bomb_is_refused_before_any_expansion() throws IOException {
        Path bomb = write("bomb.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&b;</title></channel></rss>
                """);

        new Importer(content).importPaths(List.of(bomb), reported::add);

        assertThat(reported).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("a DOCTYPE is not allowed");
        });
    }

    @Test
    void an_external_entity_is_refused() throws IOException {
        Path xxe = write("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss><channel><item><title>&x;</title></item></channel></rss>
                """);

        new Importer(content).importPaths(List.of(xxe), reported::add);

        assertThat(reported).singleElement().satisfies(p -> assertThat(p.reason())
                .contains("DOCTYPE"));
        assertThat(content.isEmpty()).isTrue();
    }

    @Test
    void malformed_xml_stops_with_its_line_and_column() throws IOException {
        Path bad = write("bad.xml", "<?xml version=\"1.0\"?>\n<rss>\n<channel>\n  <item><title>x</item>\n</rss>\n");

        new Importer(content).importPaths(List.of(bad), reported::add);

        assertThat(reported).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.reason()).startsWith("column ").contains("not well-formed XML");
        });
    }

    private String topicName(String id, Lang lang, String key) {
        return content.article(id, lang).orElseThrow().topics().stream()
                .filter(t -> t.key().equals(key))
                .map(Named::name)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no topic " + key + " on " + id + " in " + lang));
    }

    private Edition edition(String id, Lang lang) {
        return editions.find(id, lang).orElseThrow(() -> new AssertionError("no " + lang + " edition of " + id));
    }

    private Path fixture() throws IOException {
        Path file = tempDir.resolve("polylang.wxr.xml");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/wordpress/polylang.wxr.xml")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The fixture's copy of wp-content/uploads, copied out of the classpath. */
    private Path uploads() throws IOException {
        Path root = tempDir.resolve("uploads");
        for (String file : List.of("2022/03/dmz.jpg", "2023/05/geneva.jpg", "2024/04/harbour.png")) {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = getClass().getResourceAsStream("/fixtures/wordpress/uploads/" + file)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return root;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tempDir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
