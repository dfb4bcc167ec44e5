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

/** The translation desk: a changed source paragraph is highlighted until the translator deals with it. */
class DeskHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static NewsroomStaff staff = new NewsroomStaff(server);

    private static Document desk(NewsroomStaff.Signed who, String slug) {
        HttpResponse<String> page = who.get("/admin/articles/" + slug + "/zh-hans/translate");
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    /** Posts the desk back as shown, with some blocks rewritten and some changes marked done. */
    private static HttpResponse<String> submit(
            NewsroomStaff.Signed who, String slug, Document desk, Map<Integer, String> rewrite, List<String> doneKeys) {
        List<String> form = new ArrayList<>(List.of(
                "title",
                desk.selectFirst("#desk-title").val(),
                "summary",
                desk.selectFirst("#desk-summary").text()));
        for (Element row : desk.select("tr[data-block]")) {
            int index = Integer.parseInt(row.attr("data-block"));
            form.add("block");
            form.add(rewrite.getOrDefault(index, row.selectFirst("textarea").text()));
        }
        for (String key : doneKeys) {
            form.add("done");
            form.add(key);
        }
        return who.post("/admin/articles/" + slug + "/zh-hans/translate", form.toArray(String[]::new));
    }

    @Test
    void changed_and_new_source_paragraphs_are_highlighted_with_old_and_new_text_until_marked_done() {
        var editor = staff.signIn(Role.EDITOR);
        var translator = staff.signIn(Role.TRANSLATOR);
        editor.post(
                "/admin/articles",
                "lang",
                "en",
                "slug",
                "strait-notes",
                "title",
                "Strait Notes",
                "body",
                "Opening.\n\nThe navy sails weekly.\n\nClosing.");
        translator.post("/admin/articles/strait-notes/zh-hans", "title", "海峡笔记", "body", "开头。\n\n海军每周航行。\n\n结尾。");
        assertThat(desk(translator, "strait-notes").select("tr.needs-work")).isEmpty();

        editor.post(
                "/admin/articles/strait-notes/en",
                "title",
                "Strait Notes",
                "body",
                "Opening.\n\nThe navy sails daily.\n\nA new paragraph.\n\nClosing.");

        Document changed = desk(translator, "strait-notes");
        var waiting = changed.select("tr[data-block].needs-work");
        assertThat(waiting).hasSize(2);
        assertThat(waiting.get(0).select(".desk-source").text()).isEqualTo("The navy sails daily.");
        assertThat(waiting.get(0).select(".desk-was del").text()).isNotEmpty();
        assertThat(waiting.get(0).select("textarea").text())
                .as("the translation sits beside its source")
                .isEqualTo("海军每周航行。");
        assertThat(waiting.get(1).select(".desk-source").text()).isEqualTo("A new paragraph.");
        String dailyKey = waiting.get(0).selectFirst("input[name=done]").val();
        String newKey = waiting.get(1).selectFirst("input[name=done]").val();

        submit(translator, "strait-notes", changed, Map.of(1, "海军每天航行。"), List.of(dailyKey));

        Document partly = desk(translator, "strait-notes");
        assertThat(partly.select("tr[data-block].needs-work"))
                .extracting(e -> e.selectFirst(".desk-source").text())
                .containsExactly("A new paragraph.");
        assertThat(partly.select("tr[data-block] textarea").stream()
                        .map(Element::text)
                        .toList())
                .containsExactly("开头。", "海军每天航行。", "", "结尾。");
        assertThat(Jsoup.parse(editor.get("/admin?state=behind").body()).select("tr[data-article=strait-notes]"))
                .hasSize(1);

        submit(translator, "strait-notes", partly, Map.of(2, "新的一段。"), List.of(newKey));

        Document done = desk(translator, "strait-notes");
        assertThat(done.select("tr.needs-work")).isEmpty();
        assertThat(Jsoup.parse(editor.get("/admin?state=behind").body()).select("tr[data-article=strait-notes]"))
                .isEmpty();
        assertThat(Jsoup.parse(editor.get("/admin/articles/strait-notes/zh-hans")
                                .body())
                        .selectFirst("#body")
                        .text())
                .isEqualTo("开头。\n\n海军每天航行。\n\n新的一段。\n\n结尾。");
    }

    @Test
    void the_source_edition_has_no_desk_and_an_author_may_not_write_translations_there() {
        var editor = staff.signIn(Role.EDITOR);
        var author = staff.signIn(Role.AUTHOR);

        assertThat(editor.get("/admin/articles/alliance-drift/en/translate").statusCode())
                .isEqualTo(404);
        Document desk = desk(editor, "alliance-drift");
        assertThat(submit(author, "alliance-drift", desk, Map.of(), List.of()).statusCode())
                .as("another author's article is answered as missing")
                .isEqualTo(404);
    }
}
