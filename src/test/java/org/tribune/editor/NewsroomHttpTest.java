package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.Role;

/** The newsroom through HTTP: write, review, translate, publish, correct and restore. */
class NewsroomHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static NewsroomStaff staff = new NewsroomStaff(server);

    private static HttpResponse<String> write(NewsroomStaff.Signed who, String path, String title, String body) {
        return who.post(
                path,
                "title",
                title,
                "summary",
                "A summary.",
                "body",
                body,
                "authors",
                "jane-doe",
                "topics",
                "security");
    }

    private static String cell(String slug, String lang) {
        Document dashboard =
                Jsoup.parse(staff.signIn(Role.EDITOR).get("/admin?q=").body());
        var row = dashboard.selectFirst("tr[data-article=" + slug + "]");
        assertThat(row).as("dashboard row for %s", slug).isNotNull();
        return row.selectFirst("td[data-lang=" + lang + "]").className();
    }

    @Test
    void an_article_goes_from_an_authors_draft_through_review_to_publication_one_edition_at_a_time() {
        var author = staff.signIn(Role.AUTHOR);
        HttpResponse<String> created = author.post(
                "/admin/articles",
                "lang",
                "en",
                "slug",
                "harbour-watch",
                "title",
                "Harbour Watch",
                "summary",
                "Ports.",
                "body",
                "First paragraph.\n\nSecond paragraph.",
                "authors",
                "jane-doe = Jane Doe",
                "topics",
                "security = Security");
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).hasValue("/admin/articles/harbour-watch/en?saved=1");
        assertThat(server.get("/en/articles/harbour-watch").statusCode()).isEqualTo(404);
        assertThat(cell("harbour-watch", "en")).contains("status-draft");
        assertThat(cell("harbour-watch", "zh-Hans")).contains("status-missing");

        assertThat(author.post("/admin/articles/harbour-watch/en/submit").statusCode())
                .isEqualTo(303);
        assertThat(cell("harbour-watch", "en")).contains("status-in_review");
        assertThat(write(author, "/admin/articles/harbour-watch/en", "Harbour Watch", "Changed in review.")
                        .statusCode())
                .as("an author's edition under review is the editors' now")
                .isEqualTo(403);

        var editor = staff.signIn(Role.EDITOR);
        assertThat(editor.post("/admin/articles/harbour-watch/en/publish").statusCode())
                .isEqualTo(303);
        assertThat(server.get("/en/articles/harbour-watch").statusCode()).isEqualTo(200);

        var translator = staff.signIn(Role.TRANSLATOR);
        Document start = Jsoup.parse(
                translator.get("/admin/articles/harbour-watch/zh-hans").body());
        assertThat(start.selectFirst("#body").text())
                .as("a new translation starts from the source's text")
                .contains("First paragraph.");
        assertThat(write(translator, "/admin/articles/harbour-watch/zh-hans", "港口观察", "第一段。\n\n第二段。")
                        .statusCode())
                .isEqualTo(303);
        assertThat(server.get("/zh-hans/articles/harbour-watch").statusCode())
                .as("a draft translation")
                .isEqualTo(404);
        assertThat(editor.post("/admin/articles/harbour-watch/zh-hans/publish").statusCode())
                .isEqualTo(303);
        assertThat(server.get("/zh-hans/articles/harbour-watch").body()).contains("港口观察");

        assertThat(editor.post("/admin/articles/harbour-watch/zh-hans/withdraw").statusCode())
                .isEqualTo(303);
        assertThat(server.get("/zh-hans/articles/harbour-watch").statusCode()).isEqualTo(404);
        assertThat(server.get("/en/articles/harbour-watch").statusCode())
                .as("the English stays published")
                .isEqualTo(200);
    }

    @Test
    void a_translation_falls_behind_when_its_source_changes_until_the_translator_brings_it_up_to_date() {
        var editor = staff.signIn(Role.EDITOR);
        editor.post(
                "/admin/articles", "lang", "en", "slug", "river-talks", "title", "River Talks", "body", "One.\n\nTwo.");
        var translator = staff.signIn(Role.TRANSLATOR);
        write(translator, "/admin/articles/river-talks/zh-hans", "河流谈判", "一。\n\n二。");
        assertThat(cell("river-talks", "zh-Hans")).doesNotContain("behind");

        write(editor, "/admin/articles/river-talks/en", "River Talks", "One.\n\nTwo, revised.");

        assertThat(cell("river-talks", "zh-Hans")).contains("behind");
        assertThat(Jsoup.parse(editor.get("/admin?state=behind").body()).select("tr[data-article=river-talks]"))
                .hasSize(1);
        assertThat(translator.get("/admin/articles/river-talks/zh-hans").body())
                .contains("The source edition has changed since this translation was made.");

        translator.post(
                "/admin/articles/river-talks/zh-hans", "title", "河流谈判", "body", "一。\n\n二（修订）。", "upToDate", "1");

        assertThat(cell("river-talks", "zh-Hans")).doesNotContain("behind");
    }

    @Test
    void readers_of_a_translation_are_told_when_its_original_changed_until_the_translation_catches_up() {
        assertThat(server.get("/zh-hans/articles/trade-winds").body()).doesNotContain("freshness-note");
        var editor = staff.signIn(Role.EDITOR);
        var english = Jsoup.parse(editor.get("/admin/articles/trade-winds/en").body());

        editor.post(
                "/admin/articles/trade-winds/en",
                "title",
                english.selectFirst("#title").val(),
                "summary",
                english.selectFirst("#summary").text(),
                "body",
                english.selectFirst("#body").text() + "\n\nA late addition.",
                "authors",
                String.join("\n", english.select("input[name=authors]").eachAttr("value")),
                "topics",
                String.join("\n", english.select("input[name=topics]").eachAttr("value")));

        Document chinese =
                Jsoup.parse(server.get("/zh-hans/articles/trade-winds").body());
        assertThat(chinese.selectFirst(".freshness-note")).isNotNull();
        assertThat(chinese.selectFirst(".freshness-note").text())
                .startsWith("英文原文已于")
                .endsWith("更新。");
        assertThat(server.get("/en/articles/trade-winds").body()).doesNotContain("freshness-note");

        var translation =
                Jsoup.parse(editor.get("/admin/articles/trade-winds/zh-hans").body());
        staff.signIn(Role.TRANSLATOR)
                .post(
                        "/admin/articles/trade-winds/zh-hans",
                        "title",
                        translation.selectFirst("#title").val(),
                        "summary",
                        translation.selectFirst("#summary").text(),
                        "body",
                        translation.selectFirst("#body").text() + "\n\n补充一段。",
                        "upToDate",
                        "1",
                        "authors",
                        String.join(
                                "\n", translation.select("input[name=authors]").eachAttr("value")),
                        "topics",
                        String.join(
                                "\n", translation.select("input[name=topics]").eachAttr("value")));

        assertThat(server.get("/zh-hans/articles/trade-winds").body()).doesNotContain("freshness-note");
    }

    @Test
    void every_save_is_a_revision_that_can_be_compared_and_restored() {
        var editor = staff.signIn(Role.EDITOR);
        editor.post(
                "/admin/articles",
                "lang",
                "en",
                "slug",
                "desk-notes",
                "title",
                "Desk Notes",
                "body",
                "The original line.");
        write(editor, "/admin/articles/desk-notes/en", "Desk Notes", "The changed line.");

        Document revisions = Jsoup.parse(editor.get("/admin/articles/desk-notes/en/revisions?from=1&to=2")
                .body());
        assertThat(revisions.select("tr[data-revision]")).hasSize(2);
        var changed = revisions.selectFirst("table.diff tr.diff-change");
        assertThat(changed).isNotNull();
        assertThat(changed.child(0).text()).isEqualTo("The original line.");
        assertThat(changed.child(1).text()).isEqualTo("The changed line.");
        assertThat(changed.select("del")).isNotEmpty();
        assertThat(changed.select("ins")).isNotEmpty();

        assertThat(editor.post("/admin/articles/desk-notes/en/revisions/1/restore")
                        .statusCode())
                .isEqualTo(303);

        Document after = Jsoup.parse(
                editor.get("/admin/articles/desk-notes/en/revisions").body());
        assertThat(after.select("tr[data-revision]")).hasSize(3);
        assertThat(after.selectFirst("tr[data-revision=3]").text()).contains("restored 1");
        assertThat(Jsoup.parse(editor.get("/admin/articles/desk-notes/en").body())
                        .selectFirst("#body")
                        .text())
                .isEqualTo("The original line.");
    }

    @Test
    void a_refused_save_comes_back_with_the_reason_and_nothing_typed_is_lost() {
        var editor = staff.signIn(Role.EDITOR);
        HttpResponse<String> refused = write(editor, "/admin/articles/alliance-drift/en", "   ", "Long careful text.");

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst(".form-error").text()).contains("title");
        assertThat(page.selectFirst("#body").text()).isEqualTo("Long careful text.");
        assertThat(server.get("/en/articles/alliance-drift").body()).contains("Alliance Drift in the Pacific");
    }

    @Test
    void a_title_over_the_limit_is_refused_in_the_newsroom_as_in_the_api_and_the_import() {
        var editor = staff.signIn(Role.EDITOR);
        HttpResponse<String> refused =
                write(editor, "/admin/articles/alliance-drift/en", "t".repeat(301), "Long careful text.");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".form-error").text())
                .contains("title")
                .contains("300");
    }

    @Test
    void writers_keep_to_their_own_editions() {
        var translator = staff.signIn(Role.TRANSLATOR);
        var author = staff.signIn(Role.AUTHOR);

        assertThat(write(translator, "/admin/articles/alliance-drift/en", "Mine now", "x")
                        .statusCode())
                .isEqualTo(403);
        assertThat(write(author, "/admin/articles/alliance-drift/en", "Mine now", "x")
                        .statusCode())
                .as("another author's article is answered as missing")
                .isEqualTo(404);
        assertThat(translator
                        .post("/admin/articles", "lang", "en", "title", "New", "body", "x")
                        .statusCode())
                .isEqualTo(403);
        assertThat(server.get("/en/articles/alliance-drift").body()).doesNotContain("Mine now");
    }

    @Test
    void a_translation_assigned_to_one_translator_is_closed_to_the_others_and_a_closed_article_to_all() {
        var editor = staff.signIn(Role.EDITOR);
        editor.post(
                "/admin/articles", "lang", "en", "slug", "assigned-piece", "title", "Assigned Piece", "body", "Text.");
        var translator = staff.signIn(Role.TRANSLATOR);
        assertThat(write(translator, "/admin/articles/assigned-piece/zh-hans", "指派", "文。")
                        .statusCode())
                .as("open to translation by default")
                .isEqualTo(303);

        assertThat(editor.post("/admin/articles/assigned-piece/zh-hans/assign", "translator", "nobody-such")
                        .statusCode())
                .isEqualTo(400);
        assertThat(editor.post("/admin/articles/assigned-piece/zh-hans/assign", "translator", "someone-else")
                        .statusCode())
                .isEqualTo(400);
        staff.addTranslator("someone-else");
        assertThat(editor.post("/admin/articles/assigned-piece/zh-hans/assign", "translator", "someone-else")
                        .statusCode())
                .isEqualTo(303);
        assertThat(write(translator, "/admin/articles/assigned-piece/zh-hans", "指派", "文。")
                        .statusCode())
                .as("assigned to another translator: answered as missing")
                .isEqualTo(404);
        assertThat(Jsoup.parse(editor.get("/admin/articles/assigned-piece/zh-hans")
                                .body())
                        .select("#translator option[selected]")
                        .val())
                .isEqualTo("someone-else");
        assertThat(Jsoup.parse(editor.get("/admin?q=Assigned").body())
                        .selectFirst("tr[data-article=assigned-piece] td[data-lang=zh-Hans] .assignee")
                        .text())
                .isEqualTo("→ someone-else");

        editor.post("/admin/articles/assigned-piece/zh-hans/assign", "translator", "");
        editor.post("/admin/articles/assigned-piece/zh-hans/open");
        assertThat(write(translator, "/admin/articles/assigned-piece/zh-hans", "指派", "文。")
                        .statusCode())
                .as("closed to translation: answered as missing")
                .isEqualTo(404);

        editor.post(
                "/admin/articles/assigned-piece/zh-hans/assign",
                "translator",
                staff.account(Role.TRANSLATOR).username());
        assertThat(write(translator, "/admin/articles/assigned-piece/zh-hans", "指派", "文。")
                        .statusCode())
                .as("assigned to this translator")
                .isEqualTo(303);
    }

    @Test
    void the_preview_renders_like_the_site_and_never_passes_script_through() {
        var author = staff.signIn(Role.AUTHOR);

        HttpResponse<String> preview = author.post(
                "/admin/preview",
                "lang",
                "en",
                "body",
                "## Heading\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\n*emphasis*");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<h2", "<em>emphasis</em>").doesNotContain("<script", "onerror");
    }

    @Test
    void scheduling_needs_a_time_in_the_future_and_the_edition_waits_for_it() {
        var editor = staff.signIn(Role.EDITOR);
        editor.post("/admin/articles", "lang", "en", "slug", "later-piece", "title", "Later Piece", "body", "Soon.");

        assertThat(editor.post("/admin/articles/later-piece/en/schedule", "published", "2020-01-01T00:00")
                        .statusCode())
                .isEqualTo(400);
        assertThat(editor.post("/admin/articles/later-piece/en/schedule", "published", "2030-01-01T09:30")
                        .statusCode())
                .isEqualTo(303);

        assertThat(cell("later-piece", "en")).contains("status-scheduled");
        assertThat(server.get("/en/articles/later-piece").statusCode()).isEqualTo(404);
    }
}
