package org.tribune.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.content.MovingClock;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/** API tokens on both databases. */
@ParameterizedClass
@EnumSource(Dialect.class)
class ApiTokenServiceTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-01-01T00:00:00Z"));
    private TestDatabase db;
    private ApiTokenService tokens;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, tempDir);
        tokens = new ApiTokenService(db.database(), clock);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void many_requests_making_one_name_at_once_make_one_token_and_refuse_the_rest_by_name() throws Exception {
        int callers = 8;
        var start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                Callable<String> make = () -> {
                    start.await();
                    return tokens.create("wire-feed", Role.EDITOR);
                };
                results.add(pool.submit(make));
            }
            start.countDown();
            int made = 0;
            for (Future<String> result : results) {
                try {
                    assertThat(result.get()).startsWith(ApiTokenService.PREFIX);
                    made++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause())
                            .isInstanceOf(InvalidAccount.class)
                            .hasMessageContaining("a token named 'wire-feed' exists");
                }
            }
            assertThat(made).isEqualTo(1);
        }
        assertThat(tokens.list()).hasSize(1);
    }

    @Test
    void a_revoked_name_stays_taken() {
        tokens.create("wire-feed", Role.EDITOR);
        assertThat(tokens.revoke("wire-feed")).isTrue();

        assertThatThrownBy(() -> tokens.create("wire-feed", Role.EDITOR))
                .isInstanceOf(InvalidAccount.class)
                .hasMessageContaining("exists");
    }

    @Test
    void last_used_is_written_at_most_once_a_minute_and_never_for_a_revoked_token() {
        String token = tokens.create("wire-feed", Role.AUTHOR);
        assertThat(tokens.list().getFirst().lastUsed()).isNull();

        Instant first = clock.instant();
        assertThat(tokens.resolve(token))
                .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.AUTHOR));
        assertThat(tokens.list().getFirst().lastUsed()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(30));
        tokens.resolve(token);
        assertThat(tokens.list().getFirst().lastUsed()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(31));
        tokens.resolve(token);
        assertThat(tokens.list().getFirst().lastUsed()).isEqualTo(clock.instant());

        tokens.revoke("wire-feed");
        clock.advance(Duration.ofMinutes(5));
        assertThat(tokens.resolve(token)).isEmpty();
        assertThat(tokens.list().getFirst().lastUsed()).isNotEqualTo(clock.instant());
    }
}
