package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.Role;

/**
 * A translation whose blocks still read as the source does not go out by accident: the desk marks
 * them, publishing is refused naming them, and an editor's "publish anyway" marks them on the
 * public page with the source's language.
 */
class UntranslatedBlocksHttpTest {
    private static final String SOURCE_BODY =
            "The navy sails weekly.\n\n> “We will not yield,” the minister said.\n\nTrade follows the flag.";

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static NewsroomStaff staff = new NewsroomStaff(server);

    private static void startArticle(String slug) {
        var editor = staff.signIn(Role.EDITOR);
        assertThat(editor.post(
                                "/admin/articles",
                                "lang",
                                "en",
                                "slug",
                                slug,
                                "title",
                                "Strait Notes",
                                "body",
                                SOURCE_BODY)
                        .statusCode())
                .isEqualTo(303);
    }

    private static Document desk(NewsroomStaff.Signed who, String slug) {
        HttpResponse<String> page = who.get("/admin/articles/" + slug + "/zh-hans/translate");
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    /** Posts the desk back with some blocks rewritten and some rows marked "keep as is". */
    private static HttpResponse<String> submit(
            NewsroomStaff.Signed who, String slug, Document desk, Map<Integer, String> rewrite, List<Integer> keep) {
        List<String> form = new ArrayList<>(List.of("title", "海峡笔记", "summary", ""));
        for (Element row : desk.select("tr[data-block]")) {
            int index = Integer.parseInt(row.attr("data-block"));
            form.add("block");
            form.add(rewrite.getOrDefault(index, row.selectFirst("textarea").text()));
        }
        for (int index : keep) {
            form.add("keep");
            form.add(String.valueOf(index));
        }
        return who.post("/admin/articles/" + slug + "/zh-hans/translate", form.toArray(String[]::new));
    }

    @Test
    void a_new_translation_on_the_desk_starts_with_every_block_marked_untranslated() {
        startArticle("desk-marks");
        Document fresh = desk(staff.signIn(Role.TRANSLATOR), "desk-marks");

        assertThat(fresh.select("tr[data-block].untranslated")).hasSize(3);
        assertThat(fresh.select("tr[data-block] input[name=keep]")).hasSize(3);
    }

    @Test
    void publishing_a_translation_with_an_untranslated_block_is_refused_naming_the_block() {
        startArticle("left-one");
        var translator = staff.signIn(Role.TRANSLATOR);
        var editor = staff.signIn(Role.EDITOR);
        submit(
                translator,
                "left-one",
                desk(translator, "left-one"),
                Map.of(0, "海军每周航行。", 1, "> “我们不会让步，”部长说。"),
                List.of());

        Document desk = desk(translator, "left-one");
        assertThat(desk.select("tr[data-block].untranslated"))
                .extracting(row -> row.selectFirst("textarea").text())
                .containsExactly("Trade follows the flag.");

        HttpResponse<String> refused = editor.post("/admin/articles/left-one/zh-hans/publish");
        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst(".form-error").text()).contains("block 3");
        assertThat(server.get("/zh-hans/articles/left-one").statusCode()).isEqualTo(404);

        HttpResponse<String> review = translator.post("/admin/articles/left-one/zh-hans/submit");
        assertThat(review.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(review.body()).selectFirst(".form-error").text()).contains("block 3");
    }

    @Test
    void a_block_marked_keep_as_is_no_longer_holds_the_translation_back() {
        startArticle("kept-quote");
        var translator = staff.signIn(Role.TRANSLATOR);
        var editor = staff.signIn(Role.EDITOR);
        submit(
                translator,
                "kept-quote",
                desk(translator, "kept-quote"),
                Map.of(0, "海军每周航行。", 2, "贸易追随旗帜。"),
                List.of(1));

        Document desk = desk(translator, "kept-quote");
        assertThat(desk.select("tr[data-block].untranslated")).isEmpty();
        assertThat(desk.selectFirst("tr[data-block=1] input[name=keep]").hasAttr("checked"))
                .isTrue();

        assertThat(editor.post("/admin/articles/kept-quote/zh-hans/publish").statusCode())
                .isEqualTo(303);
        Document published =
                Jsoup.parse(server.get("/zh-hans/articles/kept-quote").body());
        assertThat(published.select(".article-body [lang]")).isEmpty();
    }

    @Test
    void an_editor_who_publishes_anyway_gets_the_untranslated_blocks_marked_in_the_source_language() {
        startArticle("published-anyway");
        var translator = staff.signIn(Role.TRANSLATOR);
        var editor = staff.signIn(Role.EDITOR);
        submit(translator, "published-anyway", desk(translator, "published-anyway"), Map.of(0, "海军每周航行。"), List.of());

        Document editPage = Jsoup.parse(
                editor.get("/admin/articles/published-anyway/zh-hans").body());
        assertThat(editPage.selectFirst(".untranslated").text()).contains("2, 3");
        assertThat(editPage.select("form.publish-anyway")).hasSize(1);
        assertThat(editor.post("/admin/articles/published-anyway/zh-hans/publish", "publish_untranslated", "1")
                        .statusCode())
                .isEqualTo(303);

        Document published =
                Jsoup.parse(server.get("/zh-hans/articles/published-anyway").body());
        assertThat(published.select(".article-body [lang=en]"))
                .extracting(Element::text)
                .containsExactly("“We will not yield,” the minister said.", "Trade follows the flag.");
        assertThat(published.select(".article-body p:contains(海军每周航行)").attr("lang"))
                .isEmpty();

        Element cell = Jsoup.parse(editor.get("/admin?q=Strait").body())
                .selectFirst("tr[data-article=published-anyway] td[data-lang=zh-Hans]");
        assertThat(cell.classNames()).contains("partly-translated");
        assertThat(cell.selectFirst(".gap-untranslated").text()).contains("2");
    }

    @Test
    void a_translator_may_not_publish_anyway() {
        startArticle("translator-anyway");
        var translator = staff.signIn(Role.TRANSLATOR);
        submit(translator, "translator-anyway", desk(translator, "translator-anyway"), Map.of(), List.of());

        assertThat(translator
                        .post("/admin/articles/translator-anyway/zh-hans/submit", "publish_untranslated", "1")
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void a_title_left_as_the_sources_is_marked_on_the_desk_refused_on_publication_until_kept_as_is() {
        startArticle("title-left");
        var translator = staff.signIn(Role.TRANSLATOR);
        var editor = staff.signIn(Role.EDITOR);
        List<String> form = new ArrayList<>(List.of("title", "Strait Notes", "summary", ""));
        for (Element row : desk(translator, "title-left").select("tr[data-block]")) {
            form.add("block");
            form.add("译文第" + row.attr("data-block") + "段。");
        }
        String path = "/admin/articles/title-left/zh-hans/translate";
        assertThat(translator.post(path, form.toArray(String[]::new)).statusCode())
                .isEqualTo(303);

        Document desk = desk(translator, "title-left");
        assertThat(desk.select("tr[data-block].untranslated")).isEmpty();
        assertThat(desk.select("tr[data-field=title].untranslated")).hasSize(1);
        assertThat(desk.select("tr[data-field=title] input[name=keep][value=title]"))
                .hasSize(1);
        assertThat(Jsoup.parse(editor.get("/admin/articles/title-left/zh-hans").body())
                        .select(".untranslated-field")
                        .text())
                .contains("Title");
        HttpResponse<String> refused = editor.post("/admin/articles/title-left/zh-hans/publish");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".form-error").text())
                .contains("Title");

        form.add("keep");
        form.add("title");
        assertThat(translator.post(path, form.toArray(String[]::new)).statusCode())
                .isEqualTo(303);
        Document kept = desk(translator, "title-left");
        assertThat(kept.select("tr[data-field=title].untranslated")).isEmpty();
        assertThat(kept.selectFirst("tr[data-field=title] input[name=keep]").hasAttr("checked"))
                .isTrue();
        assertThat(editor.post("/admin/articles/title-left/zh-hans/publish").statusCode())
                .isEqualTo(303);
    }
}
