package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Role;
import org.tribune.content.Lang;

/**
 * An author's or topic's names belong to the author or topic: saving a translation that carries
 * other spellings (the desk copies the source's English names; an API client may send anything)
 * renames nobody on any page.
 */
class EditionSavesKeepNamesHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient BARE = HttpClient.newHttpClient();

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static NewsroomStaff staff = new NewsroomStaff(server);

    private static Document page(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** Every name li-wei and trade are shown with, on the pages where the issue saw them change. */
    private static void assertChineseNamesAsImported() {
        assertThat(page("/zh-hans/topics/trade").selectFirst("h1").text()).isEqualTo("主题：贸易");
        assertThat(page("/zh-hans/authors/li-wei").selectFirst("h1").text()).contains("李伟");
        assertThat(page("/zh-hans/articles/trade-winds").selectFirst(".byline").text())
                .contains("李伟")
                .doesNotContain("Li Wei");
        assertThat(page("/zh-hant/articles/trade-winds").selectFirst(".byline").text())
                .contains("李偉")
                .doesNotContain("Li Wei");
        assertThat(page("/zh-hant/topics/trade").selectFirst("h1").text()).contains("貿易");
        Document search = page("/zh-hans/search?q=%E4%BE%9B%E5%BA%94%E9%93%BE");
        assertThat(search.select("#search-topic option[value=trade]").text()).isEqualTo("贸易");
        assertThat(search.select("#search-author option[value=li-wei]").text()).isEqualTo("李伟");
        Document feed = Jsoup.parse(server.get("/zh-hans/feed.xml").body(), "", Parser.xmlParser());
        assertThat(feed.select("category[term=trade]")).isNotEmpty().allSatisfy(c -> assertThat(c.attr("label"))
                .isEqualTo("贸易"));
    }

    @Test
    void a_simplified_translation_saved_on_the_desk_with_the_english_names_renames_nobody() {
        var editor = staff.signIn(Role.EDITOR);
        var translator = staff.signIn(Role.TRANSLATOR);
        assertThat(editor.post(
                                "/admin/articles",
                                "lang",
                                "en",
                                "slug",
                                "port-calls",
                                "title",
                                "Port Calls",
                                "body",
                                "Ships call more often.\n\nPorts grow.",
                                "authors",
                                "li-wei = Li Wei",
                                "topics",
                                "trade = Trade")
                        .statusCode())
                .isEqualTo(303);

        HttpResponse<String> desk = translator.get("/admin/articles/port-calls/zh-hans/translate");
        assertThat(desk.statusCode()).isEqualTo(200);
        Document shown = Jsoup.parse(desk.body());
        List<String> form = new ArrayList<>(List.of("title", "港口停靠", "summary", ""));
        for (Element row : shown.select("tr[data-block]")) {
            form.add("block");
            form.add("船只更频繁地停靠。");
        }
        assertThat(translator
                        .post("/admin/articles/port-calls/zh-hans/translate", form.toArray(String[]::new))
                        .statusCode())
                .isEqualTo(303);

        assertChineseNamesAsImported();
    }

    @Test
    void an_api_save_with_other_names_for_known_keys_keeps_the_names_and_says_so() throws IOException {
        String token = staff.apiToken(Role.EDITOR);
        HttpResponse<String> saved = put("/api/v1/articles/port-fees/editions/zh-Hans", token, """
                {"title": "港口费用", "summary": "", "body": "费用上涨。",
                 "authors": [{"key": "li-wei", "name": "Li Wei"}],
                 "topics": [{"key": "trade", "name": "Trade"}, {"key": "shipping", "name": "航运"}]}""");

        assertThat(saved.statusCode()).isEqualTo(201);
        JsonNode warnings = JSON.readTree(saved.body()).path("warnings");
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0).path("field").asText()).isEqualTo("authors[0].name");
        assertThat(warnings.get(0).path("message").asText()).contains("Li Wei").contains("李伟");
        assertThat(warnings.get(1).path("field").asText()).isEqualTo("topics[0].name");
        assertChineseNamesAsImported();
        assertThat(server.content().topic("shipping").orElseThrow().nameIn(Lang.ZH_HANS))
                .as("an unknown key with a name makes a new topic")
                .isEqualTo("航运");
    }

    @Test
    void the_editor_says_which_names_a_save_did_not_apply_and_where_to_change_them() {
        var editor = staff.signIn(Role.EDITOR);
        HttpResponse<String> saved = editor.post(
                "/admin/articles",
                "lang",
                "en",
                "slug",
                "harbour-dues",
                "title",
                "Harbour Dues",
                "body",
                "Dues rise.",
                "authors",
                "li-wei = Wei Li",
                "topics",
                "trade = Commerce");

        assertThat(saved.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(saved.body());
        assertThat(page.select(".form-saved")).isNotEmpty();
        List<Element> notices = page.select(".kept-name");
        assertThat(notices).hasSize(2);
        assertThat(notices.get(0).text()).contains("li-wei", "Wei Li", "Li Wei");
        assertThat(notices.get(0).selectFirst("a").attr("href")).isEqualTo("/admin/authors/li-wei");
        assertThat(notices.get(1).text()).contains("trade", "Commerce", "Trade");
        assertThat(notices.get(1).selectFirst("a").attr("href")).isEqualTo("/admin/topics/trade");
        assertThat(server.content().topic("trade").orElseThrow().nameIn(Lang.EN))
                .isEqualTo("Trade");
    }

    @Test
    void the_kept_name_notice_is_in_the_editors_language() {
        var editor = staff.signIn(Role.EDITOR);
        HttpResponse<String> saved = server.postForm(
                "/admin/articles/trade-winds/zh-hans",
                List.of(
                        "title", "贸易风向",
                        "summary", "供应链在迁移。",
                        "body", "供应链在迁移。",
                        "authors", "li-wei = 魏立",
                        "topics", "trade (trade)",
                        "csrf", editor.csrf),
                "Cookie",
                NewsroomAccess.SESSION_COOKIE + "=" + editor.token,
                "Accept-Language",
                "zh-Hans");

        assertThat(saved.statusCode()).isEqualTo(200);
        Element notice = Jsoup.parse(saved.body()).selectFirst(".kept-name");
        assertThat(notice).isNotNull();
        assertThat(notice.text()).contains("作者", "li-wei", "魏立", "李伟");
        assertThat(notice.selectFirst("a").attr("href")).isEqualTo("/admin/authors/li-wei");
    }

    private static HttpResponse<String> put(String path, String token, String body) {
        var request = HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(10))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .build();
        try {
            return BARE.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
