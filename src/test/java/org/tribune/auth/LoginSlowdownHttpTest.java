package org.tribune.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.content.Fixtures;
import org.tribune.content.MovingClock;
import org.tribune.db.Database;

/** Failed sign-ins slow the failing address down; they never lock the account's owner out. */
class LoginSlowdownHttpTest {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "a password for tests";

    private static final MovingClock CLOCK = new MovingClock(Fixtures.NOW);

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl").withClock(CLOCK);
    /** Cookies are sent by hand here, exactly as each test means them. */
    private static final HttpClient BARE = HttpClient.newHttpClient();

    @BeforeAll
    static void accounts() {
        try (Database db = Database.open("jdbc:sqlite:" + server.dataDir().resolve("tribune.db"))) {
            var accounts = new AccountService(db, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
            accounts.add("editor", "Edith Editor", Role.EDITOR, PASSWORD);
            accounts.add("guessed", "Guessed", Role.AUTHOR, PASSWORD);
            accounts.add("gone", "Gone", Role.AUTHOR, PASSWORD);
            accounts.update(new Account("gone", "Gone", Role.AUTHOR, true));
        }
    }

    /** The login form's token and its cookie, as a browser would hold them. */
    private record Form(String token, String cookie) {
        static Form fetch() {
            HttpResponse<String> page = get("/admin/login");
            Matcher m = FORM_TOKEN.matcher(page.body());
            assertThat(m.find()).isTrue();
            String cookie = page.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(LoginPages.LOGIN_COOKIE + "="))
                    .findFirst()
                    .orElseThrow();
            return new Form(m.group(1), cookie.substring(0, cookie.indexOf(';')));
        }

        HttpResponse<String> submit(String username, String password, String... extraCookie) {
            String cookies = extraCookie.length == 0 ? cookie : cookie + "; " + extraCookie[0];
            return server.postForm(
                    BARE,
                    "/admin/login",
                    List.of("csrf", token, "username", username, "password", password, "next", "/admin/users"),
                    "Cookie",
                    cookies);
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        String set = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(NewsroomAccess.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        return set;
    }

    @Test
    void five_wrong_passwords_only_slow_the_failing_address_down_and_never_lock_the_owner_out() {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = Form.fetch().submit("guessed", "wrong guess " + i);
            if (wrong.statusCode() == 429) {
                CLOCK.advance(Duration.ofSeconds(retryAfterSeconds(wrong)));
                wrong = Form.fetch().submit("guessed", "wrong guess " + i);
            }
            assertThat(wrong.statusCode()).isEqualTo(401);
        }

        HttpResponse<String> slowed = Form.fetch().submit("guessed", PASSWORD);
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith(NewsroomAccess.SESSION_COOKIE + "=") && !c.contains("Max-Age=0"));
        long wait = retryAfterSeconds(slowed);
        assertThat(wait).isBetween(1L, 5L);
        assertThat(slowed.body()).contains(wait + " s");

        CLOCK.advance(Duration.ofSeconds(wait));
        HttpResponse<String> in = Form.fetch().submit("guessed", PASSWORD);
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(Form.fetch().submit("editor", PASSWORD).statusCode())
                .as("another account from the same address")
                .isEqualTo(303);
    }

    private static long retryAfterSeconds(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    private static HttpResponse<String> get(String path) {
        return server.send(BARE, path);
    }
}
