package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.app.TestServer;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.content.MovingClock;

/** The news sitemap follows the clock: an export after its 48 hours have passed drops it and its listing. */
class NewsSitemapExportTest {
    private static final MovingClock CLOCK = new MovingClock(Fixtures.NOW);

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl").withClock(CLOCK);

    @TempDir
    Path out;

    private ExportReport export() {
        server.app().searchReady();
        return new StaticExport(
                        server.app().site().pages(),
                        server.content(),
                        server.app().url(),
                        "test")
                .export(out, false);
    }

    @Test
    void when_the_last_news_grows_old_the_incremental_export_deletes_the_news_sitemap_and_unlists_it()
            throws Exception {
        server.content()
                .save(Fixtures.edition(
                        "fresh-news",
                        Lang.EN,
                        CLOCK.instant().minusSeconds(3600).toString(),
                        "trade"));
        export();
        assertThat(out.resolve("sitemaps/news.xml")).isRegularFile();
        assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("sitemaps/news.xml");

        CLOCK.advance(Duration.ofHours(49));
        ExportReport later = export();

        assertThat(later.incremental()).isTrue();
        assertThat(out.resolve("sitemaps/news.xml")).doesNotExist();
        assertThat(Files.readString(out.resolve("sitemap.xml"))).doesNotContain("sitemaps/news.xml");
    }
}
