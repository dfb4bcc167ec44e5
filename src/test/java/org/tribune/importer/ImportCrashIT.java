package org.tribune.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteOpenMode;
import org.tribune.content.ContentService;
import org.tribune.db.Database;
import org.tribune.demo.SyntheticCorpus;

/**
 * An import killed with SIGKILL while it is writing a batch keeps every batch it had committed,
 * holds no part of the batch it was writing, and importing the same file again completes it.
 *
 * <p>The kill point is chosen, not left to chance: once another process can read a committed
 * batch, the test kills the importer the moment it holds SQLite's write lock, that is, in the
 * middle of writing a later batch. An importer that committed line by line would then leave a
 * partial batch behind, so a small file is enough to tell.
 */
class ImportCrashIT {
    private static final int ARTICLES = 250;
    private static final int BATCH = 250;

    @TempDir
    Path tempDir;

    @Test
    void an_import_killed_while_writing_keeps_its_committed_batches_only_and_a_rerun_completes_it() throws Exception {
        Path corpus = tempDir.resolve("corpus.jsonl");
        long fileLines;
        try (BufferedWriter out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            fileLines = new SyntheticCorpus(7).write(ARTICLES, true, out);
        }
        assertThat(fileLines).as("a batch to commit, later ones to kill it in").isGreaterThan(2L * BATCH);
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
        int acknowledged;
        try {
            acknowledged = killWhileWritingAfterACommit(url, importer);
        } finally {
            importer.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the importer
        }
        assertThat(importer.waitFor(20, TimeUnit.SECONDS)).isTrue();

        try (Database db = Database.open(url)) {
            String integrity = db.withHandle(
                    h -> h.select("pragma integrity_check").mapTo(String.class).one());
            assertThat(integrity).isEqualTo("ok");
            // Each imported line is one authored edition; derived editions would come on top.
            int lines = db.withHandle(h -> h.select("select count(*) from edition where origin = 'authored'")
                    .mapTo(Integer.class)
                    .one());
            assertThat(lines)
                    .as("what another process read as committed survives")
                    .isGreaterThanOrEqualTo(acknowledged);
            assertThat(lines).as("killed before the end").isLessThan((int) fileLines);
            assertThat(lines % BATCH)
                    .as("only whole batches of " + BATCH + " lines were committed")
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
            assertThat(count(db)).isEqualTo((int) fileLines);
        }
    }

    private static int count(Database db) {
        return db.withHandle(h ->
                h.select("select count(*) from edition").mapTo(Integer.class).one());
    }

    /**
     * Watches the database as another process would and kills the importer once at least one batch
     * is committed and the importer holds the write lock (a transaction of a later batch is open).
     * Returns the number of authored editions read as committed just before the kill.
     */
    private static int killWhileWritingAfterACommit(String url, Process importer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        var probe = new SQLiteConfig();
        probe.setBusyTimeout(0); // a held write lock must answer "busy" at once, not after waiting
        probe.resetOpenMode(SQLiteOpenMode.CREATE); // the importer creates the file, in its own mode
        while (System.nanoTime() < deadline && importer.isAlive()) {
            try (Connection connection = probe.createConnection(url);
                    var statement = connection.createStatement()) {
                while (importer.isAlive()) {
                    int committed;
                    try (var rows = statement.executeQuery("select count(*) from edition where origin = 'authored'")) {
                        committed = rows.next() ? rows.getInt(1) : 0;
                    }
                    if (committed > 0 && writeLockHeld(statement)) {
                        importer.destroyForcibly();
                        return committed;
                    }
                    Thread.sleep(1);
                }
            } catch (SQLException notYet) {
                // the file or the table does not exist yet
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the importer was never seen writing after a committed batch"
                + (importer.isAlive() ? " within 60 s" : ": it ended first, exit code " + importer.exitValue()));
    }

    /** Whether another connection holds the write lock: taking it fails with SQLITE_BUSY at once. */
    private static boolean writeLockHeld(Statement statement) throws SQLException {
        try {
            statement.execute("begin immediate");
        } catch (SQLException e) {
            if ((e.getErrorCode() & 0xff)
                    == SQLiteErrorCode.SQLITE_BUSY.code) { // extended codes keep it in the low byte
                return true;
            }
            throw e;
        }
        statement.execute("rollback");
        return false;
    }
}
