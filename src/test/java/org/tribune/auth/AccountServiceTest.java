package org.tribune.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
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

/** Accounts and sessions on both databases. */
@ParameterizedClass
@EnumSource(Dialect.class)
class AccountServiceTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-01-01T00:00:00Z"));
    private TestDatabase db;
    private AccountService accounts;
    private SessionService sessions;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, tempDir);
        accounts = new AccountService(db.database(), clock, new PasswordHashing(256, 1, new SecureRandom()));
        sessions = new SessionService(db.database(), clock);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void the_right_password_signs_in_and_any_other_does_not() {
        accounts.add("mei", "Mei Lin", Role.TRANSLATOR, "a long enough password");

        assertThat(accounts.authenticate("mei", "a long enough password"))
                .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.TRANSLATOR));
        assertThat(accounts.authenticate("mei", "a long enough passworD")).isEmpty();
        assertThat(accounts.authenticate("nobody", "a long enough password")).isEmpty();
        assertThat(accounts.authenticate("mei", null)).isEmpty();
    }

    @Test
    void bad_accounts_are_refused_naming_the_field() {
        accounts.add("mei", null, Role.AUTHOR, "a long enough password");

        assertThatThrownBy(() -> accounts.add("mei", "Other", Role.AUTHOR, "another long password"))
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.add("Bad Name", "x", Role.AUTHOR, "a long enough password"))
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.add("short", "x", Role.AUTHOR, "tooshort"))
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.add("samesame12", "x", Role.AUTHOR, "SameSame12"))
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.add("norole", "x", null, "a long enough password"))
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.field()).isEqualTo("role"));
        assertThat(accounts.find("mei"))
                .hasValueSatisfying(a -> assertThat(a.displayName()).isEqualTo("mei"));
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_loses_its_sessions() {
        Account mei = accounts.add("mei", "Mei", Role.EDITOR, "a long enough password");
        String token = sessions.start(mei);

        accounts.update(new Account("mei", "Mei", Role.EDITOR, true));

        assertThat(accounts.authenticate("mei", "a long enough password")).isEmpty();
        assertThat(sessions.resolve(token)).isEmpty();
    }

    @Test
    void changing_a_password_ends_every_session_of_the_account() {
        Account mei = accounts.add("mei", "Mei", Role.EDITOR, "a long enough password");
        Account jane = accounts.add("jane", "Jane", Role.EDITOR, "another long password");
        String meiToken = sessions.start(mei);
        String janeToken = sessions.start(jane);

        accounts.changePassword("mei", "a brand new password");

        assertThat(sessions.resolve(meiToken)).isEmpty();
        assertThat(sessions.resolve(janeToken)).isPresent();
        assertThat(accounts.authenticate("mei", "a brand new password")).isPresent();
        assertThat(accounts.authenticate("mei", "a long enough password")).isEmpty();
    }

    @Test
    void a_session_ends_after_idling_and_after_its_longest_life_and_at_logout() {
        Account mei = accounts.add("mei", "Mei", Role.EDITOR, "a long enough password");
        String idle = sessions.start(mei);
        String busy = sessions.start(mei);
        String ended = sessions.start(mei);
        sessions.end(ended);

        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(90));
            assertThat(sessions.resolve(busy))
                    .as("after %d × 90 minutes", i + 1)
                    .isPresent();
        }
        clock.advance(Duration.ofMinutes(90));

        assertThat(sessions.resolve(ended)).isEmpty();
        assertThat(sessions.resolve(idle)).isEmpty();
        assertThat(sessions.resolve(busy)).as("past 12 hours since sign-in").isEmpty();
        assertThat(sessions.resolve("not-a-token")).isEmpty();
        assertThat(sessions.resolve(null)).isEmpty();
    }

    @Test
    void the_token_itself_is_never_stored() {
        Account mei = accounts.add("mei", "Mei", Role.EDITOR, "a long enough password");
        String token = sessions.start(mei);

        int found = db.database().withHandle(h -> h.createQuery(
                        "select count(*) from admin_session where token_hash = :t or csrf_token = :t")
                .bind("t", token)
                .mapTo(int.class)
                .one());
        assertThat(found).isZero();
        assertThat(sessions.resolve(token).orElseThrow().csrfToken())
                .isNotEqualTo(token)
                .hasSizeGreaterThan(30);
    }
}
