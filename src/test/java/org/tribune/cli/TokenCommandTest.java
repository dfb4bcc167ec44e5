package org.tribune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.Main;
import org.tribune.auth.ApiTokenService;
import org.tribune.auth.Role;
import org.tribune.db.Database;

/** {@code tribune token add|list|revoke}. */
class TokenCommandTest {
    @TempDir
    Path tempDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void a_token_is_printed_once_works_until_revoked_and_is_never_listed() {
        String data = tempDir.resolve("data").toString();

        assertThat(run("token", "add", "wire", "--role", "editor", "--data", data))
                .isZero();
        String token = out.toString().strip();
        assertThat(token).startsWith("trb_");
        try (Database db = Database.open("jdbc:sqlite:" + Path.of(data, "tribune.db"))) {
            assertThat(new ApiTokenService(db, Clock.systemUTC()).resolve(token))
                    .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.EDITOR));
        }

        assertThat(run("token", "list", "--data", data)).isZero();
        assertThat(out.toString()).containsPattern("wire\\s+editor").containsOnlyOnce(token);
        assertThat(run("token", "add", "wire", "--role", "admin", "--data", data))
                .isNotZero();
        assertThat(run("token", "revoke", "wire", "--data", data)).isZero();
        assertThat(run("token", "revoke", "wire", "--data", data)).isNotZero();

        try (Database db = Database.open("jdbc:sqlite:" + Path.of(data, "tribune.db"))) {
            assertThat(new ApiTokenService(db, Clock.systemUTC()).resolve(token))
                    .isEmpty();
        }
        assertThat(err.toString()).contains("a token named 'wire' exists").contains("no live token named wire");
    }
}
