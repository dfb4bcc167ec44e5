package org.tribune.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.tribune.content.ContentService;
import org.tribune.content.ContentStore;
import org.tribune.content.Fixtures;
import org.tribune.db.Database;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.importer.Importer;
import org.tribune.zh.ChineseConversions;

/**
 * The test journal of five subjects ({@code /fixtures/clusters.jsonl}, described in
 * {@link RelatedQualityTest}) imported into SQLite and indexed, with related articles ranked from
 * that index.
 */
final class ClusterCorpus implements AutoCloseable {
    static final ChineseConversions ZH = ChineseConversions.load();
    static final Clock CLOCK = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);

    private final TestDatabase db;
    final SearchIndex index;
    final ContentService content;
    final long imported;

    private ClusterCorpus(TestDatabase db, SearchIndex index) {
        this.db = db;
        this.index = index;
        this.content = new ContentService(new ContentStore(db.database(), CLOCK, ZH), new SimilarArticles(index));
        this.imported = new Importer(content)
                .importJsonLines(
                        "clusters.jsonl",
                        ClusterCorpus.class.getResourceAsStream("/fixtures/clusters.jsonl"),
                        problem -> {
                            throw new IllegalStateException(problem.toString());
                        })
                .imported();
        new SearchSync(content, index).syncNow();
    }

    static ClusterCorpus load(Path dir) {
        return new ClusterCorpus(TestDatabase.open(Dialect.SQLITE, dir), SearchIndex.inMemory(ZH, CLOCK));
    }

    Database database() {
        return db.database();
    }

    @Override
    public void close() throws Exception {
        index.close();
        db.close();
    }
}
