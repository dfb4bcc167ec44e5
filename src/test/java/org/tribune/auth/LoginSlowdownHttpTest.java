package org.tribune.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.content.Fixtures;
import org.tribune.content.MovingClock;

/** Failed sign-ins slow the failing address down; they never lock the account's owner out. */
class LoginSlowdownHttpTest {

    private static final MovingClock CLOCK = new MovingClock(Fixtures.NOW);

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl")
            .withClock(CLOCK)
            .tuned(s -> s.withLoginRefusalHold(Duration.ZERO));
    /** Cookies are sent by hand here, exactly as each test means them. */
    private static final HttpClient BARE = HttpClient.newHttpClient();

    @BeforeAll
    static void accounts() {
        LoginForm.addAccounts(server);
    }

    @Test
    void five_wrong_passwords_only_slow_the_failing_address_down_and_never_lock_the_owner_out() {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = LoginForm.fetch(server, BARE).submit("guessed", "wrong guess " + i);
            if (wrong.statusCode() == 429) {
                CLOCK.advance(Duration.ofSeconds(retryAfterSeconds(wrong)));
                wrong = LoginForm.fetch(server, BARE).submit("guessed", "wrong guess " + i);
            }
            assertThat(wrong.statusCode()).isEqualTo(401);
        }

        HttpResponse<String> slowed = LoginForm.fetch(server, BARE).submit("guessed", LoginForm.PASSWORD);
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith(NewsroomAccess.SESSION_COOKIE + "=") && !c.contains("Max-Age=0"));
        long wait = retryAfterSeconds(slowed);
        assertThat(wait).isBetween(1L, 5L);
        assertThat(slowed.body()).contains(wait + " s");

        CLOCK.advance(Duration.ofSeconds(wait));
        HttpResponse<String> in = LoginForm.fetch(server, BARE).submit("guessed", LoginForm.PASSWORD);
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(LoginForm.fetch(server, BARE)
                        .submit("editor", LoginForm.PASSWORD)
                        .statusCode())
                .as("another account from the same address")
                .isEqualTo(303);
    }

    @Test
    void a_flood_of_refused_guesses_logs_one_line_a_minute_not_one_per_guess() {
        String account = "flood-probe";
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            int status = LoginForm.fetch(server, BARE)
                    .submit(account, "wrong guess " + i)
                    .statusCode();
            if (status == 429) {
                refused++;
            }
        }

        assertThat(refused).isGreaterThan(5);
        assertThat(server.loggedWarnings())
                .filteredOn(line -> line.contains("login slowed down for account '" + account + "'"))
                .hasSize(1);
    }

    private static long retryAfterSeconds(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    private static HttpResponse<String> get(String path) {
        return server.send(BARE, path);
    }
}
