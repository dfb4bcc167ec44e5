package org.tribune.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tribune.app.TestServer;
import org.tribune.content.Fixtures;
import org.tribune.db.Database;

/**
 * The sign-in form as a browser holds it (its CSRF token and cookie), for the login tests; and the
 * accounts they sign in with.
 */
record LoginForm(TestServer server, HttpClient client, String token, String cookie) {
    static final String PASSWORD = "a password for tests";
    static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** An editor, an author whose password others guess, and a disabled author. */
    static void addAccounts(TestServer server) {
        try (Database db = Database.open("jdbc:sqlite:" + server.dataDir().resolve("tribune.db"))) {
            var accounts = new AccountService(db, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
            accounts.add("editor", "Edith Editor", Role.EDITOR, PASSWORD);
            accounts.add("guessed", "Guessed", Role.AUTHOR, PASSWORD);
            accounts.add("gone", "Gone", Role.AUTHOR, PASSWORD);
            accounts.update(new Account("gone", "Gone", Role.AUTHOR, true));
        }
    }

    /** The form as served now, through {@code client} (which sends cookies only as the tests give them). */
    static LoginForm fetch(TestServer server, HttpClient client) {
        HttpResponse<String> page = server.send(client, "/admin/login");
        Matcher m = FORM_TOKEN.matcher(page.body());
        assertThat(m.find()).isTrue();
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(LoginPages.LOGIN_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        return new LoginForm(server, client, m.group(1), cookie.substring(0, cookie.indexOf(';')));
    }

    HttpResponse<String> submit(String username, String password, String... extraCookie) {
        String cookies = extraCookie.length == 0 ? cookie : cookie + "; " + extraCookie[0];
        return server.postForm(
                client,
                "/admin/login",
                List.of("csrf", token, "username", username, "password", password, "next", "/admin/users"),
                "Cookie",
                cookies);
    }

    /** Submits the form as a trusted proxy would, forwarding for the reader at {@code forwardedFor}. */
    HttpResponse<String> submitForwardedFor(String forwardedFor, String username, String password) {
        return server.postForm(
                client,
                "/admin/login",
                List.of("csrf", token, "username", username, "password", password, "next", "/admin"),
                "Cookie",
                cookie,
                "X-Forwarded-For",
                forwardedFor);
    }

    /** The session cookie a successful sign-in set, as its Set-Cookie header. */
    static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(NewsroomAccess.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
    }
}
