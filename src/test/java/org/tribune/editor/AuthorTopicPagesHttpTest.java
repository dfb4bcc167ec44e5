package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.Role;
import org.tribune.content.Lang;

/** The newsroom's author and topic pages: who may use them, editing names, merging, and what readers see. */
class AuthorTopicPagesHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static NewsroomStaff staff = new NewsroomStaff(server);

    @Test
    void only_editors_and_admins_may_see_or_change_authors_and_topics() {
        for (Role role : Role.values()) {
            var who = staff.signIn(role);
            boolean allowed = role == Role.ADMIN || role == Role.EDITOR;
            for (String path : new String[] {"/admin/authors", "/admin/topics", "/admin/authors/jane-doe"}) {
                assertThat(who.get(path).statusCode())
                        .as("GET %s as %s", path, role)
                        .isEqualTo(allowed ? 200 : 403);
            }
            if (!allowed) {
                assertThat(who.post("/admin/authors/jane-doe", "name-en", "Someone Else")
                                .statusCode())
                        .isEqualTo(403);
            }
        }
        assertThat(server.content().author("jane-doe").orElseThrow().nameIn(Lang.EN))
                .isEqualTo("Jane Doe");
    }

    @Test
    void an_editor_creates_an_author_in_three_languages_and_readers_see_name_bio_and_affiliation() {
        var editor = staff.signIn(Role.EDITOR);
        HttpResponse<String> created = editor.post(
                "/admin/authors",
                "key",
                "mei-chen",
                "name-en",
                "Mei Chen",
                "name-zh-Hans",
                "陈美",
                "name-zh-Hant",
                "",
                "about-en",
                "Mei Chen covers shipping.",
                "about-zh-Hans",
                "陈美报道航运。",
                "affiliation",
                "Maritime desk");
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).hasValue("/admin/authors/mei-chen?saved=1");

        Document list = Jsoup.parse(editor.get("/admin/authors").body());
        assertThat(list.select("tr[data-key=mei-chen] td").eachText()).contains("Mei Chen", "陈美", "陳美");

        assertThat(editor.post(
                                "/admin/articles",
                                "lang",
                                "en",
                                "slug",
                                "shipping-lanes",
                                "title",
                                "Shipping Lanes",
                                "body",
                                "Lanes shift.",
                                "authors",
                                "陈美 (mei-chen)",
                                "topics",
                                "貿易",
                                "published",
                                "2025-01-01T00:00")
                        .statusCode())
                .isEqualTo(303);
        Document form =
                Jsoup.parse(editor.get("/admin/articles/shipping-lanes/en").body());
        assertThat(form.select("input[name=authors]").eachAttr("value")).contains("Mei Chen (mei-chen)");
        assertThat(form.select("input[name=topics]").eachAttr("value"))
                .as("a topic typed by its Traditional name is the existing topic")
                .contains("Trade (trade)");
        assertThat(form.select("#author-choices option").eachAttr("value"))
                .contains("Mei Chen (mei-chen)", "陈美 (mei-chen)", "陳美 (mei-chen)", "Jane Doe (jane-doe)");

        Document hant = Jsoup.parse(server.get("/zh-hant/authors/mei-chen").body());
        assertThat(hant.selectFirst("h1").text()).contains("陳美");
        assertThat(hant.selectFirst(".listing-about").text()).isEqualTo("陳美報道航運。");
        assertThat(hant.selectFirst(".listing-affiliation").text()).isEqualTo("Maritime desk");
        assertThat(server.get("/en/authors/mei-chen").body()).contains("Mei Chen covers shipping.");
    }

    @Test
    void merging_moves_the_bylines_and_the_old_key_redirects_permanently_to_the_new_one() {
        var editor = staff.signIn(Role.EDITOR);
        editor.post("/admin/authors", "key", "jdoe", "name-en", "J. Doe");
        editor.post(
                "/admin/articles",
                "lang",
                "en",
                "slug",
                "merge-me",
                "title",
                "Merge Me",
                "body",
                "Text.",
                "authors",
                "jdoe",
                "published",
                "2025-01-02T00:00");
        editor.post("/admin/articles/merge-me/en/publish");
        assertThat(server.get("/en/articles/merge-me").body()).contains("J. Doe");

        HttpResponse<String> merged = editor.post("/admin/authors/jdoe/merge", "into", "Jane Doe (jane-doe)");
        assertThat(merged.statusCode()).isEqualTo(303);
        assertThat(merged.headers().firstValue("Location")).hasValue("/admin/authors/jane-doe?merged=jdoe");

        HttpResponse<String> old = server.get("/zh-hans/authors/jdoe");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/zh-hans/authors/jane-doe");
        assertThat(server.get("/en/authors/jdoe/page/2").headers().firstValue("Location"))
                .hasValue("/en/authors/jane-doe/page/2");
        assertThat(server.get("/zh-hant/authors/jdoe/feed.xml").headers().firstValue("Location"))
                .hasValue("/zh-hant/authors/jane-doe/feed.xml");
        assertThat(server.await(
                                "/en/search?q=merge&author=jane-doe",
                                r -> r.body().contains("/en/articles/merge-me"),
                                Duration.ofSeconds(10))
                        .body())
                .as("the search index files the article under the author it was merged into")
                .contains("/en/articles/merge-me");
        Document article = Jsoup.parse(server.get("/en/articles/merge-me").body());
        assertThat(article.selectFirst(".byline").text()).contains("Jane Doe").doesNotContain("J. Doe");
        assertThat(server.get("/en/authors/nobody-at-all").statusCode()).isEqualTo(404);
        assertThat(editor.post("/admin/authors/jane-doe/merge", "into", "jane-doe")
                        .statusCode())
                .isEqualTo(422);
    }
}
