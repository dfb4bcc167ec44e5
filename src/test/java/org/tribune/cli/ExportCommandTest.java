package org.tribune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.Main;
import org.tribune.content.ContentService;
import org.tribune.content.ContentStore;
import org.tribune.content.EditionStatus;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.content.RelatedArticles;
import org.tribune.db.Database;
import org.tribune.newsroom.NewsroomService;
import org.tribune.zh.ChineseConversions;

/** {@code tribune export} as an operator runs it: it writes the site and changes nothing else. */
class ExportCommandTest {
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
    void an_export_leaves_a_due_scheduled_edition_scheduled_and_records_no_event() {
        Path data = storeWithADueScheduledEdition();
        long eventsBefore = contentEvents(data);

        int exit = run(
                "export",
                "--data",
                data.toString(),
                "--out",
                tempDir.resolve("public").toString(),
                "--base-url",
                "https://journal.example");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(tempDir.resolve("public/en/articles/harbour-watch/index.html"))
                .isRegularFile();
        assertThat(tempDir.resolve("public/en/articles/later-piece/index.html")).doesNotExist();
        try (Database db = Database.open("jdbc:sqlite:" + data.resolve("tribune.db"))) {
            var store = new ContentStore(db, Clock.systemUTC(), ChineseConversions.load());
            var edition = new NewsroomService(store).edition("later-piece", Lang.EN);
            assertThat(edition).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(EditionStatus.SCHEDULED));
        }
        assertThat(contentEvents(data)).isEqualTo(eventsBefore);
    }

    /** A store with one published article and one edition scheduled a minute after an hour ago: due now. */
    private Path storeWithADueScheduledEdition() {
        Path data = tempDir.resolve("data");
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        try (Database db = openStore(data)) {
            var store = new ContentStore(db, Clock.fixed(anHourAgo, ZoneOffset.UTC), ChineseConversions.load());
            new ContentService(store, RelatedArticles.NONE)
                    .save(Fixtures.edition("harbour-watch", Lang.EN, "2025-01-01T00:00:00Z", "trade"));
            var newsroom = new NewsroomService(store);
            newsroom.save(Fixtures.edition("later-piece", Lang.EN, "2025-02-01T00:00:00Z", "trade"), "mei");
            newsroom.changeStatus(
                    "later-piece", Lang.EN, EditionStatus.SCHEDULED, anHourAgo.plusSeconds(60), "editor", "schedule");
        }
        return data;
    }

    @Test
    void publish_due_publishes_what_is_due_and_the_next_export_shows_it() {
        Path data = storeWithADueScheduledEdition();
        String out = tempDir.resolve("public").toString();

        assertThat(run("publish-due", "--data", data.toString()))
                .as(err.toString())
                .isZero();
        assertThat(run("export", "--data", data.toString(), "--out", out, "--base-url", "https://journal.example"))
                .as(err.toString())
                .isZero();

        assertThat(this.out.toString()).contains("scheduled editions published: 1");
        assertThat(tempDir.resolve("public/en/articles/later-piece/index.html")).isRegularFile();
        assertThat(run("publish-due", "--data", data.toString())).isZero();
        assertThat(this.out.toString()).contains("scheduled editions published: 0");
    }

    private static Database openStore(Path data) {
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Database.open("jdbc:sqlite:" + data.resolve("tribune.db"));
    }

    /** The events webhooks would deliver, as recorded in the store. */
    private static long contentEvents(Path data) {
        try (Database db = Database.open("jdbc:sqlite:" + data.resolve("tribune.db"))) {
            return db.withHandle(h -> h.createQuery("select count(*) from content_event")
                    .mapTo(Long.class)
                    .one());
        }
    }
}
