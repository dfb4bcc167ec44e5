package org.tribune.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.content.Fixtures;
import org.tribune.content.MovingClock;

/**
 * A flood of wrong guesses for one account from one address, behind a trusted proxy: the guesses
 * are refused and their answers held back, while the owner signs in from another address.
 */
class LoginFloodHttpTest {
    private static final MovingClock CLOCK = new MovingClock(Fixtures.NOW);
    private static final HttpClient BARE = HttpClient.newHttpClient();
    private static final Duration HOLD = Duration.ofMillis(300);
    private static final int GUESSERS = 4;

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl")
            .withClock(CLOCK)
            .tuned(s -> s.withTrustedProxy("127.0.0.1/32,::1/128").withLoginRefusalHold(HOLD));

    @BeforeAll
    static void accounts() {
        LoginForm.addAccounts(server);
    }

    private static HttpResponse<String> signIn(LoginForm form, String forwardedFor, String password) {
        return form.submitForwardedFor(forwardedFor, "guessed", password);
    }

    @Test
    void the_owner_signs_in_from_a_clean_address_while_another_floods_and_the_flood_is_held_back() throws Exception {
        LoginForm guesserForm = LoginForm.fetch(server, BARE);
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var flooding = new AtomicBoolean(true);
        List<Future<?>> guessers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(GUESSERS)) {
            for (int t = 0; t < GUESSERS; t++) {
                guessers.add(pool.submit(() -> {
                    for (int i = 0; flooding.get(); i++) {
                        int status = signIn(guesserForm, "192.0.2.66", "wrong guess " + i)
                                .statusCode();
                        statuses.computeIfAbsent(status, s -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }));
            }
            List<Integer> owner = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                owner.add(signIn(LoginForm.fetch(server, BARE), "198.51.100.7", LoginForm.PASSWORD)
                        .statusCode());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (statuses.getOrDefault(429, new AtomicInteger()).get() < 8) {
                assertThat(System.nanoTime())
                        .as("8 refused guesses within 60 s")
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
            flooding.set(false);
            for (Future<?> guesser : guessers) {
                guesser.get();
            }

            assertThat(owner).as("the owner's sign-ins").containsOnly(303);
        }
        assertThat(statuses.keySet()).containsOnly(401, 429);
        // The clock stands still, so no wait ends: past the free guesses and the one that started the
        // wait, only guesses already past the check when it started (one per guesser) were checked.
        assertThat(statuses.get(401).get())
                .as("guesses whose password was checked")
                .isBetween(LoginThrottle.FREE_PER_PAIR + 1, LoginThrottle.FREE_PER_PAIR + GUESSERS);
    }

    @Test
    void a_refused_guess_is_answered_after_the_hold_with_the_form_and_no_new_cookie() {
        LoginForm form = LoginForm.fetch(server, BARE);
        HttpResponse<String> refused;
        do {
            refused = signIn(form, "192.0.2.77", "wrong guess");
        } while (refused.statusCode() == 401);

        long started = System.nanoTime();
        refused = signIn(form, "192.0.2.77", LoginForm.PASSWORD);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(refused.statusCode()).isEqualTo(429);
        // A lower bound only: a loaded machine makes it longer, never shorter.
        assertThat(took).as("the refusal is held back").isGreaterThanOrEqualTo(HOLD);
        long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(refused.body()).contains(wait + " s").contains("name=\"csrf\" value=\"" + form.token() + "\"");
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(signIn(form, "192.0.2.78", LoginForm.PASSWORD).statusCode())
                .as("the same form from a clean address")
                .isEqualTo(303);
    }
}
