package org.tribune.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;

/** Signing in and out through the real form. */
class LoginHttpTest {

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");
    /** Cookies are sent by hand here, exactly as each test means them. */
    private static final HttpClient BARE = HttpClient.newHttpClient();

    @BeforeAll
    static void accounts() {
        LoginForm.addAccounts(server);
    }

    @Test
    void the_right_password_starts_a_session_in_an_httponly_samesite_cookie_and_goes_where_asked() {
        HttpResponse<String> response = LoginForm.fetch(server, BARE).submit("editor", LoginForm.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/users");
        String cookie = LoginForm.sessionCookie(response);
        assertThat(cookie)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .contains("Path=/admin");
        String token = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        HttpResponse<String> dashboard = get("/admin", "Cookie", NewsroomAccess.SESSION_COOKIE + "=" + token);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Edith Editor");
        assertThat(dashboard.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    }

    @Test
    void a_wrong_password_and_an_unknown_account_get_the_same_answer() {
        HttpResponse<String> wrong = LoginForm.fetch(server, BARE).submit("editor", "not the password");
        HttpResponse<String> unknown = LoginForm.fetch(server, BARE).submit("nobody-here", "not the password");
        HttpResponse<String> disabled = LoginForm.fetch(server, BARE).submit("gone", LoginForm.PASSWORD);

        for (HttpResponse<String> response : List.of(wrong, unknown, disabled)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .noneMatch(c -> c.startsWith(NewsroomAccess.SESSION_COOKIE + "=") && !c.contains("Max-Age=0"));
            assertThat(response.body()).contains("The username or password is not right.");
        }
    }

    @Test
    void a_login_without_the_form_token_is_refused() {
        LoginForm form = LoginForm.fetch(server, BARE);
        HttpResponse<String> noToken = server.postForm(
                BARE,
                "/admin/login",
                List.of("username", "editor", "password", LoginForm.PASSWORD),
                "Cookie",
                form.cookie());
        HttpResponse<String> noCookie = server.postForm(
                BARE,
                "/admin/login",
                List.of("csrf", form.token(), "username", "editor", "password", LoginForm.PASSWORD));

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noCookie.statusCode()).isEqualTo(403);
    }

    @Test
    void signing_in_replaces_an_existing_session_and_signing_out_ends_it() {
        String first = token(LoginForm.fetch(server, BARE).submit("editor", LoginForm.PASSWORD));
        String second = token(LoginForm.fetch(server, BARE)
                .submit("editor", LoginForm.PASSWORD, NewsroomAccess.SESSION_COOKIE + "=" + first));

        assertThat(second).isNotEqualTo(first);
        assertThat(get("/admin", "Cookie", NewsroomAccess.SESSION_COOKIE + "=" + first)
                        .statusCode())
                .isEqualTo(303);
        String csrf = csrfOf(get("/admin", "Cookie", NewsroomAccess.SESSION_COOKIE + "=" + second)
                .body());

        HttpResponse<String> out = server.postForm(
                BARE, "/admin/logout", List.of("csrf", csrf), "Cookie", NewsroomAccess.SESSION_COOKIE + "=" + second);

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(get("/admin", "Cookie", NewsroomAccess.SESSION_COOKIE + "=" + second)
                        .statusCode())
                .isEqualTo(303);
    }

    @Test
    void after_sign_in_only_a_newsroom_address_is_followed() {
        assertThat(LoginPages.safeNext("/admin/articles/x/en")).isEqualTo("/admin/articles/x/en");
        assertThat(LoginPages.safeNext("https://evil.example/")).isEqualTo("/admin");
        assertThat(LoginPages.safeNext("//evil.example/admin")).isEqualTo("/admin");
        assertThat(LoginPages.safeNext("/admin//evil.example")).isEqualTo("/admin");
        assertThat(LoginPages.safeNext("/en/")).isEqualTo("/admin");
        assertThat(LoginPages.safeNext(null)).isEqualTo("/admin");
    }

    private static HttpResponse<String> get(String path, String... headers) {
        return server.send(BARE, path, headers);
    }

    private static String token(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(303);
        String cookie = LoginForm.sessionCookie(response);
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    private static String csrfOf(String page) {
        Matcher m = LoginForm.FORM_TOKEN.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
