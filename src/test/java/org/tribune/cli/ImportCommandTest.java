package org.tribune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
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

    @Test
    void a_dry_run_creates_no_data_folder_and_reports_against_an_empty_store() throws Exception {
        Path wxr = wordPressExport();
        Path data = tempDir.resolve("nowhere");

        int exit = run("import", "--dry-run", "--data", data.toString(), wxr.toString());

        assertThat(exit).isZero();
        assertThat(data).doesNotExist();
        assertThat(out.toString())
                .contains("Dry run against an empty store")
                .contains("would import post")
                .contains("would redirect");
    }

    @Test
    void a_dry_run_leaves_an_older_store_unmigrated_and_a_current_one_byte_for_byte_as_it_was() throws Exception {
        Path wxr = wordPressExport();
        Path old = tempDir.resolve("old");
        Files.createDirectories(old);
        String oldUrl = "jdbc:sqlite:" + old.resolve("tribune.db");
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl(oldUrl);
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .target("15")
                    .load()
                    .migrate();
        }
        Path current = tempDir.resolve("current");
        assertThat(run("import", "--data", current.toString(), wxr.toString())).isZero();
        Map<String, String> currentFiles = filesAndHashes(current);
        Map<String, String> oldFiles = filesAndHashes(old);

        assertThat(run("import", "--dry-run", "--data", old.toString(), wxr.toString()))
                .isZero();
        assertThat(run("import", "--dry-run", "--data", current.toString(), wxr.toString()))
                .isZero();

        assertThat(filesAndHashes(old)).isEqualTo(oldFiles);
        assertThat(filesAndHashes(current)).isEqualTo(currentFiles);
        // The current store was read: every old address it redirects already is counted as such.
        assertThat(out.toString())
                .containsOnlyOnce("Dry run against an empty store")
                .contains("would redirect 0 old");
    }

    private Path wordPressExport() throws IOException {
        Path file = tempDir.resolve("polylang.wxr.xml");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/wordpress/polylang.wxr.xml")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Every file under the folder, by relative path, with a hash of its bytes. */
    private static Map<String, String> filesAndHashes(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(f).toString(), Arrays.hashCode(Files.readAllBytes(f)) + "");
            }
        }
        return files;
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
                {"id":"%s","lang":"%s","title":"%s","summary":"About %s.","published":"2024-01-01T00:00:00Z",\
                "authors":[{"key":"a","name":"A"}],"topics":[{"key":"t","name":"T"}],"body":"Body of %s."}""".formatted(id, lang, title, title, title);
    }
}
