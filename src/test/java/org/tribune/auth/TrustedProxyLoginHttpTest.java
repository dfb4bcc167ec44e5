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

/**
 * Behind a trusted proxy (the tests connect from loopback, the proxy's address) the login throttle
 * counts the addresses the proxy forwards: one guesser is slowed down, the owner from elsewhere is not.
 */
class TrustedProxyLoginHttpTest {
    private static final MovingClock CLOCK = new MovingClock(Fixtures.NOW);
    private static final HttpClient BARE = HttpClient.newHttpClient();

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl")
            .withClock(CLOCK)
            .tuned(s -> s.withTrustedProxy("127.0.0.1/32,::1/128"));

    @BeforeAll
    static void accounts() {
        LoginForm.addAccounts(server);
    }

    private static HttpResponse<String> signIn(String forwardedFor, String password) {
        return LoginForm.fetch(server, BARE).submitForwardedFor(forwardedFor, "guessed", password);
    }

    @Test
    void a_guesser_behind_the_proxy_is_slowed_and_the_owner_behind_the_same_proxy_is_not() {
        for (int i = 0; i <= LoginThrottle.FREE_PER_PAIR + 1; i++) {
            HttpResponse<String> wrong = signIn("192.0.2.66", "wrong guess " + i);
            if (wrong.statusCode() == 429) {
                CLOCK.advance(Duration.ofSeconds(
                        Long.parseLong(wrong.headers().firstValue("Retry-After").orElseThrow())));
                wrong = signIn("192.0.2.66", "wrong guess " + i);
            }
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        assertThat(signIn("192.0.2.66", LoginForm.PASSWORD).statusCode()).isEqualTo(429);

        assertThat(signIn("198.51.100.7", LoginForm.PASSWORD).statusCode())
                .as("the owner, forwarded from an address that has not been failing")
                .isEqualTo(303);
    }
}
