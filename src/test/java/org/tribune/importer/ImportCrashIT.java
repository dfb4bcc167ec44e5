package org.tribune.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.ContentService;
import org.tribune.db.Database;
import org.tribune.demo.SyntheticCorpus;

/**
 * An import killed with SIGKILL in the middle leaves a sound database holding whole batches
 * only, and importing the same file again completes it.
 */
class ImportCrashIT {
    private static final int ARTICLES = 3_000;

    @TempDir
    Path tempDir;

    @Test
    void an_import_killed_mid_way_leaves_whole_batches_and_a_rerun_completes_it() throws Exception {
        Path corpus = tempDir.resolve("corpus.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            new SyntheticCorpus(7).write(ARTICLES, true, out);
        }
        Path data = tempDir.resolve("data");
        String url = "jdbc:sqlite:" + data.resolve("tribune.db");

        Process importer = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        System.getProperty("tribune.jar"),
                        "import",
                        "--data",
                        data.toString(),
                        corpus.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        awaitSomeEditions(url, importer);
        importer.destroyForcibly();
        assertThat(importer.waitFor(20, TimeUnit.SECONDS)).isTrue();

        try (Database db = Database.open(url)) {
            String integrity = db.withHandle(
                    h -> h.select("pragma integrity_check").mapTo(String.class).one());
            assertThat(integrity).isEqualTo("ok");
            // Each imported line is one authored edition; derived Traditional editions come on top.
            int lines = db.withHandle(h -> h.select("select count(*) from edition where origin = 'authored'")
                    .mapTo(Integer.class)
                    .one());
            assertThat(lines).as("killed before the end").isLessThan(ARTICLES * 3);
            assertThat(lines % 250)
                    .as("only whole batches of 250 lines were committed")
                    .isZero();
            int orphans = db.withHandle(h -> h.select("select count(*) from edition e left join article a on a.id = "
                            + "e.article_id where a.id is null")
                    .mapTo(Integer.class)
                    .one());
            assertThat(orphans).isZero();

            ImportReport rerun =
                    new Importer(new ContentService(db, Clock.systemUTC())).importPaths(List.of(corpus), problem -> {});
            assertThat(rerun.ok()).isTrue();
            assertThat(rerun.unchanged()).isEqualTo(lines);
            assertThat(count(db)).isEqualTo(ARTICLES * 3);
        }
    }

    private static int count(Database db) {
        return db.withHandle(h ->
                h.select("select count(*) from edition").mapTo(Integer.class).one());
    }

    /** Waits until the importer has committed something, reading the file as another process would. */
    private static void awaitSomeEditions(String url, Process importer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && importer.isAlive()) {
            try (var connection = DriverManager.getConnection(url);
                    var rows = connection.createStatement().executeQuery("select count(*) from edition")) {
                if (rows.next() && rows.getInt(1) >= 500) {
                    return;
                }
            } catch (SQLException notYet) {
                // the file or the table does not exist yet, or the writer holds a lock
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import never committed 500 editions while running");
    }
}
