package org.tribune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.Main;
import org.tribune.auth.AccountService;
import org.tribune.auth.Role;
import org.tribune.db.Database;

/** {@code tribune user add|passwd|list}. */
class UserCommandTest {
    @TempDir
    Path tempDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            var cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            return cli.execute(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void an_account_added_from_the_command_line_can_sign_in_with_its_password_and_a_changed_one() {
        String data = tempDir.resolve("data").toString();

        assertThat(run(
                        "first password here\n",
                        "user",
                        "add",
                        "mei",
                        "--role",
                        "translator",
                        "--name",
                        "Mei Lin",
                        "--password-stdin",
                        "--data",
                        data))
                .isZero();
        assertThat(run("", "user", "list", "--data", data)).isZero();
        assertThat(out.toString()).contains("added mei (translator)").containsPattern("mei\\s+translator\\s+Mei Lin");

        assertThat(run("second password here\n", "user", "passwd", "mei", "--password-stdin", "--data", data))
                .isZero();

        try (Database db = Database.open("jdbc:sqlite:" + Path.of(data, "tribune.db"))) {
            var accounts = new AccountService(db, Clock.systemUTC());
            assertThat(accounts.authenticate("mei", "second password here")).isPresent();
            assertThat(accounts.authenticate("mei", "first password here")).isEmpty();
            assertThat(accounts.find("mei").orElseThrow().role()).isEqualTo(Role.TRANSLATOR);
        }
    }

    @Test
    void bad_input_is_refused_with_the_reason_and_a_non_zero_exit() {
        String data = tempDir.resolve("data").toString();

        assertThat(run(
                        "long enough password\n",
                        "user",
                        "add",
                        "mei",
                        "--role",
                        "chief",
                        "--password-stdin",
                        "--data",
                        data))
                .isNotZero();
        assertThat(run("short\n", "user", "add", "mei", "--role", "editor", "--password-stdin", "--data", data))
                .isNotZero();
        assertThat(run("", "user", "add", "mei", "--role", "editor", "--password-stdin", "--data", data))
                .isNotZero();
        assertThat(run("long enough password\n", "user", "passwd", "nobody", "--password-stdin", "--data", data))
                .isNotZero();

        assertThat(err.toString())
                .contains("--role must be admin, editor, translator or author, got 'chief'")
                .contains("password: must be at least 10 characters long")
                .contains("no password on standard input")
                .contains("no account 'nobody'");
    }
}
