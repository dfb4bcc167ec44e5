package org.tribune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.Main;
import org.tribune.db.Database;

/** {@code tribune import} as an operator runs it: messages, exit codes and what lands. */
class ImportCommandTest {
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
    void bad_lines_are_reported_with_file_and_line_while_good_lines_land_and_the_exit_code_is_1() throws Exception {
        Path file = tempDir.resolve("mixed.jsonl");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                line("first-piece", "en", "First"),
                                "{broken",
                                line("second-piece", "en", "Second"),
                                line("third-piece", "fr", "Third"))
                        + "\n");

        int exit = run("import", "--data", tempDir.resolve("data").toString(), file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains(file + ":2: not valid JSON")
                .contains(file + ":4: lang: expected en, zh-Hans or zh-Hant, got 'fr'");
        assertThat(out.toString()).contains("2 editions imported (2 new, 0 updated, 0 unchanged), 2 failed");
    }

    @Test
    void a_clean_file_exits_0_and_importing_it_again_changes_nothing() throws Exception {
        Path file = tempDir.resolve("clean.jsonl");
        Files.writeString(file, line("only-piece", "en", "Only") + "\n" + line("only-piece", "zh-Hans", "唯一") + "\n");
        String data = tempDir.resolve("data").toString();

        assertThat(run("import", "--data", data, file.toString())).isZero();
        assertThat(run("import", "--data", data, file.toString())).isZero();

        assertThat(out.toString())
                .contains("2 editions imported (2 new, 0 updated, 0 unchanged), 0 failed")
                .contains("2 editions imported (0 new, 0 updated, 2 unchanged), 0 failed");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void a_missing_file_is_reported_and_fails() {
        int exit = run(
                "import",
                "--data",
                tempDir.resolve("data").toString(),
                tempDir.resolve("nope.jsonl").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("nope.jsonl:0: no such file or folder");
    }

    @Test
    void an_unreachable_database_is_a_clear_error_not_a_stack_trace() {
        int exit = run("import", "--data", tempDir.toString(), "--db", "jdbc:mysql://nowhere/db", "x.jsonl");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("unsupported database URL").doesNotContain("\tat ");
    }

    @Test
    void traditional_quotation_marks_become_corner_brackets_unless_the_operator_keeps_them() throws Exception {
        Path file = tempDir.resolve("quoted.jsonl");
        Files.writeString(file, line("quoted-piece", "zh-Hant", "“引號”") + "\n");
        String converted = tempDir.resolve("converted").toString();
        String kept = tempDir.resolve("kept").toString();

        assertThat(run("import", "--data", converted, file.toString())).isZero();
        assertThat(run("import", "--data", kept, "--zh-hant-keep-quotes", file.toString()))
                .isZero();

        assertThat(titleIn(converted)).isEqualTo("「引號」");
        assertThat(titleIn(kept)).isEqualTo("“引號”");
    }

    private static String titleIn(String data) {
        try (Database db = Database.open("jdbc:sqlite:" + Path.of(data).resolve("tribune.db"))) {
            return db.withHandle(h -> h.createQuery("select title from edition where lang = 'zh-Hant'")
                    .mapTo(String.class)
                    .one());
        }
    }

    private static String line(String id, String lang, String title) {
        return """
                {"id":"%s","lang":"%s","title":"%s","summary":"s","published":"2024-01-01T00:00:00Z",\
                "authors":[{"key":"a","name":"A"}],"topics":[{"key":"t","name":"T"}],"body":"Body of %s."}""".formatted(id, lang, title, title);
    }
}
