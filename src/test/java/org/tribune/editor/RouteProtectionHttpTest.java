package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.Route;
import org.tribune.app.TestServer;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Permission;
import org.tribune.auth.Role;

/**
 * Every route that changes state under {@code /admin} or {@code /api}, found from the running
 * server's own route table, tried without credentials, with each role, and (in the newsroom)
 * without a CSRF token: a route added tomorrow is checked without anyone remembering to list it.
 * Newsroom routes are tried with a session cookie, API routes with a bearer token. Every newsroom
 * page about one article is read as each role too: authors see only the articles they started,
 * translators only what they may translate and its source.
 */
class RouteProtectionHttpTest {
    private static final HttpClient BARE = HttpClient.newHttpClient();
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static NewsroomStaff staff = new NewsroomStaff(server);

    private static boolean guarded(Route route) {
        return route.path().startsWith("/admin") || route.path().startsWith("/api");
    }

    private static boolean endpoint(Route route) {
        return !route.method().startsWith("BEFORE") && !route.method().startsWith("AFTER");
    }

    private static List<Route> writeRoutes() {
        return server.app().routes().stream()
                .filter(r -> guarded(r) && endpoint(r) && !READS.contains(r.method()))
                .toList();
    }

    /** A concrete address for a route pattern, naming things that exist in the fixture. */
    private static String address(Route route) {
        return route.path()
                .replace("{id}", "alliance-drift")
                .replace("{lang}", "en")
                .replace("{n}", "1")
                .replace("{key}", "jane-doe")
                .replace("{name}", "test-author");
    }

    /** Sends the route's method with a form body (the newsroom) or a JSON one (the API). */
    private static HttpResponse<String> call(Route route, List<String> headers, String csrf) {
        boolean api = route.path().startsWith("/api");
        String body = api ? "{\"title\": \"x\"}" : "title=x" + (csrf == null ? "" : "&csrf=" + csrf);
        var request = HttpRequest.newBuilder(server.uri(address(route)))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded")
                .method(route.method(), HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            return BARE.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Calls the route as a person with this role: a fresh session in the newsroom, a token on the API. */
    private static HttpResponse<String> callAs(Role role, Route route) {
        if (route.path().startsWith("/api")) {
            return call(route, List.of("Authorization", "Bearer " + staff.apiToken(role)), null);
        }
        var signed = staff.signIn(role);
        return call(route, List.of("Cookie", NewsroomAccess.SESSION_COOKIE + "=" + signed.token), signed.csrf);
    }

    @Test
    void the_newsroom_and_the_api_have_write_routes_to_check() {
        assertThat(writeRoutes())
                .extracting(Route::path)
                .contains(
                        "/admin/articles",
                        "/admin/articles/{id}/{lang}",
                        "/admin/articles/{id}/{lang}/publish",
                        "/admin/users",
                        "/admin/logout",
                        "/api/v1/articles/{id}/editions/{lang}",
                        "/api/v1/articles/{id}/editions/{lang}/publish");
    }

    @Test
    void every_admin_and_api_route_declares_exactly_one_permission() {
        List<String> undeclared = new ArrayList<>();
        for (Route route : server.app().routes()) {
            if (guarded(route)
                    && endpoint(route)
                    && (route.roles().size() != 1 || !(route.roles().iterator().next() instanceof Permission))) {
                undeclared.add(route.method() + " " + route.path());
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void without_credentials_every_write_route_answers_401_and_changes_nothing() {
        int revisionsBefore = staff.revisionCount();
        for (Route route : writeRoutes()) {
            if (permission(route) == Permission.PUBLIC) {
                continue;
            }
            HttpResponse<String> response = call(route, List.of(), "guess");
            assertThat(response.statusCode())
                    .as("%s %s", route.method(), route.path())
                    .isEqualTo(401);
        }
        assertThat(staff.revisionCount()).isEqualTo(revisionsBefore);
    }

    @Test
    void a_role_without_the_permission_gets_403_for_every_write_route() {
        for (Role role : Role.values()) {
            for (Route route : writeRoutes()) {
                if (permission(route).grantedTo(role)) {
                    continue;
                }
                assertThat(callAs(role, route).statusCode())
                        .as("%s %s as %s", route.method(), route.path(), role)
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void a_role_with_the_permission_gets_past_the_guard() {
        for (Role role : Role.values()) {
            for (Route route : writeRoutes()) {
                if (!permission(route).grantedTo(role) || route.path().equals("/admin/logout")) {
                    continue;
                }
                HttpResponse<String> response = callAs(role, route);
                assertThat(response.statusCode())
                        .as("%s %s as %s", route.method(), route.path(), role)
                        .isNotEqualTo(401);
                assertThat(response.body())
                        .as("%s %s as %s", route.method(), route.path(), role)
                        .doesNotContain("route declares no permission");
            }
        }
    }

    @Test
    void every_newsroom_write_route_refuses_a_missing_or_wrong_csrf_token_even_for_an_admin() {
        for (Route route : writeRoutes()) {
            if (!route.path().startsWith("/admin")) {
                continue; // API calls carry a bearer token, which no browser sends on its own
            }
            var admin = staff.signIn(Role.ADMIN);
            List<String> cookie = List.of("Cookie", NewsroomAccess.SESSION_COOKIE + "=" + admin.token);
            assertThat(call(route, cookie, null).statusCode())
                    .as("%s %s without token", route.method(), route.path())
                    .isEqualTo(403);
            assertThat(call(route, cookie, "not-the-token").statusCode())
                    .as("%s %s with a wrong token", route.method(), route.path())
                    .isEqualTo(403);
        }
    }

    @Test
    void newsroom_pages_without_a_session_send_the_reader_to_the_login_form() {
        for (Route route : server.app().routes()) {
            if (route.method().equals("GET")
                    && route.path().startsWith("/admin")
                    && permission(route) != Permission.PUBLIC) {
                HttpResponse<String> response = server.get(address(route));
                assertThat(response.statusCode()).as(route.path()).isEqualTo(303);
                assertThat(response.headers().firstValue("Location"))
                        .as(route.path())
                        .hasValueSatisfying(l -> assertThat(l).startsWith("/admin/login?next="));
            }
        }
    }

    /** The newsroom's pages about one article: every GET route under /admin naming an article. */
    private static List<Route> articleReadRoutes() {
        return server.app().routes().stream()
                .filter(r -> r.method().equals("GET")
                        && r.path().startsWith("/admin")
                        && r.path().contains("{id}"))
                .toList();
    }

    /** The route's address for one edition of an article. */
    private static String address(Route route, String article, String lang) {
        return route.path().replace("{id}", article).replace("{lang}", lang);
    }

    /**
     * A page the person may not see is answered exactly as the same page of an article that does
     * not exist: a refusal would tell that the article exists.
     */
    private static void assertAnsweredAsMissing(NewsroomStaff.Signed who, Route route, String article, String lang) {
        HttpResponse<String> refused = readAs(who, route, article, lang);
        HttpResponse<String> missing = readAs(who, route, "no-such-article-anywhere", lang);
        assertThat(refused.statusCode())
                .as("GET %s", address(route, article, lang))
                .isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(refused.body()).isEqualTo(missing.body());
    }

    private static HttpResponse<String> readAs(NewsroomStaff.Signed who, Route route, String article, String lang) {
        return who.get(address(route, article, lang));
    }

    @Test
    void the_newsroom_has_pages_about_one_article_to_check() {
        assertThat(articleReadRoutes())
                .extracting(Route::path)
                .contains(
                        "/admin/articles/{id}/{lang}",
                        "/admin/articles/{id}/{lang}/revisions",
                        "/admin/articles/{id}/{lang}/translate");
    }

    @Test
    void an_author_gets_the_missing_article_page_for_every_page_of_an_article_someone_else_started() {
        var author = staff.signIn(Role.AUTHOR);
        for (Route route : articleReadRoutes()) {
            for (String lang : List.of("en", "zh-hans")) {
                assertAnsweredAsMissing(author, route, "alliance-drift", lang);
            }
        }
        assertThat(author.get("/admin").body()).doesNotContain("data-article=\"alliance-drift\"");
    }

    @Test
    void an_author_reads_every_page_of_an_article_they_started() {
        var author = staff.signIn(Role.AUTHOR);
        assertThat(author.post(
                                "/admin/articles",
                                "lang",
                                "en",
                                "slug",
                                "authors-own-draft",
                                "title",
                                "Own draft",
                                "body",
                                "Text.")
                        .statusCode())
                .isEqualTo(303);
        staff.signIn(Role.EDITOR).post("/admin/articles/authors-own-draft/zh-hans", "title", "自己的草稿", "body", "文字。");
        for (Route route : articleReadRoutes()) {
            assertThat(readAs(author, route, "authors-own-draft", "zh-hans").statusCode())
                    .as("GET %s as its author", address(route, "authors-own-draft", "zh-hans"))
                    .isEqualTo(200);
        }
        assertThat(author.get("/admin").body()).contains("data-article=\"authors-own-draft\"");
    }

    @Test
    void a_translator_gets_the_missing_article_page_for_every_page_of_an_article_given_to_another_translator() {
        var editor = staff.signIn(Role.EDITOR);
        staff.addTranslator("route-other-translator");
        editor.post(
                "/admin/articles",
                "lang",
                "en",
                "slug",
                "given-elsewhere",
                "title",
                "Given elsewhere",
                "body",
                "Text.");
        editor.post("/admin/articles/given-elsewhere/zh-hans", "title", "别处", "body", "文字。");
        for (String lang : List.of("zh-hans", "zh-hant")) {
            assertThat(editor.post(
                                    "/admin/articles/given-elsewhere/" + lang + "/assign",
                                    "translator",
                                    "route-other-translator")
                            .statusCode())
                    .isEqualTo(303);
        }
        var translator = staff.signIn(Role.TRANSLATOR);
        for (Route route : articleReadRoutes()) {
            for (String lang : List.of("en", "zh-hans")) {
                assertAnsweredAsMissing(translator, route, "given-elsewhere", lang);
            }
        }
        assertThat(translator.get("/admin").body()).doesNotContain("data-article=\"given-elsewhere\"");
    }

    @Test
    void a_translator_reads_the_source_and_the_translation_given_to_them_but_not_another() {
        var editor = staff.signIn(Role.EDITOR);
        staff.addTranslator("route-hant-translator");
        editor.post("/admin/articles", "lang", "en", "slug", "given-to-me", "title", "Given to me", "body", "Text.");
        editor.post("/admin/articles/given-to-me/zh-hans", "title", "给我", "body", "文字。");
        editor.post("/admin/articles/given-to-me/zh-hans/assign", "translator", "test-translator");
        editor.post("/admin/articles/given-to-me/zh-hant/assign", "translator", "route-hant-translator");
        var translator = staff.signIn(Role.TRANSLATOR);

        assertThat(translator.get("/admin/articles/given-to-me/en").statusCode())
                .isEqualTo(200);
        assertThat(translator.get("/admin/articles/given-to-me/en/revisions").statusCode())
                .isEqualTo(200);
        assertThat(translator.get("/admin/articles/given-to-me/zh-hans").statusCode())
                .isEqualTo(200);
        assertThat(translator
                        .get("/admin/articles/given-to-me/zh-hans/translate")
                        .statusCode())
                .isEqualTo(200);
        assertThat(translator.get("/admin/articles/given-to-me/zh-hant").statusCode())
                .isEqualTo(404);
        Element row = Jsoup.parse(translator.get("/admin").body()).selectFirst("tr[data-article=given-to-me]");
        assertThat(row).isNotNull();
        assertThat(row.selectFirst("td[data-lang=zh-Hant]").hasClass("status-hidden"))
                .isTrue();
        assertThat(row.selectFirst("td[data-lang=zh-Hans]").hasClass("status-hidden"))
                .isFalse();
    }

    @Test
    void editors_and_admins_read_every_page_of_every_article() {
        for (Role role : List.of(Role.EDITOR, Role.ADMIN)) {
            var who = staff.signIn(role);
            for (Route route : articleReadRoutes()) {
                assertThat(readAs(who, route, "alliance-drift", "zh-hans").statusCode())
                        .as("GET %s as %s", address(route, "alliance-drift", "zh-hans"), role)
                        .isEqualTo(200);
            }
        }
    }

    private static Permission permission(Route route) {
        return (Permission) route.roles().iterator().next();
    }
}
