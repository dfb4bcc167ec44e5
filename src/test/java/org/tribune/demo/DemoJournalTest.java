package org.tribune.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.ContentService;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.content.Listing;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

class DemoJournalTest {
    @TempDir
    Path tempDir;

    @Test
    void the_demo_journal_loads_thirty_articles_in_english_and_simplified_chinese_once() throws Exception {
        try (var db = TestDatabase.open(Dialect.SQLITE, tempDir)) {
            var content = new ContentService(
                    db.database(), Clock.fixed(Fixtures.NOW.plusSeconds(365L * 86400), ZoneOffset.UTC));

            assertThat(DemoJournal.loadIfEmpty(content)).isEqualTo(60);
            assertThat(DemoJournal.loadIfEmpty(content)).isZero();

            assertThat(content.listing(new Listing.All(), Lang.EN, 1).total()).isEqualTo(30);
            assertThat(content.listing(new Listing.All(), Lang.ZH_HANS, 1).total())
                    .isEqualTo(30);
            var first = content.listing(new Listing.All(), Lang.EN, 1).items().getFirst();
            var article = content.article(first.articleId(), Lang.EN).orElseThrow();
            assertThat(article.authors()).isNotEmpty();
            assertThat(article.topics()).isNotEmpty();
            assertThat(article.related()).isNotEmpty();
        }
    }
}
