package org.tribune.content;

import java.nio.file.Path;
import org.tribune.db.Database;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.zh.ChineseConversions;

/**
 * Two nodes on one test database, each with its own connection pool and content store: what one
 * node writes, the other learns of only through the store.
 */
final class TwoNodes implements AutoCloseable {
    private static final ChineseConversions CONVERSIONS = ChineseConversions.load();

    final TestDatabase db;
    final Database poolA;
    final Database poolB;
    final ContentStore nodeA;
    final ContentStore nodeB;

    TwoNodes(Dialect dialect, Path tempDir) {
        db = TestDatabase.open(dialect, tempDir);
        poolA = Database.open(db.url());
        poolB = Database.open(db.url());
        nodeA = new ContentStore(poolA, new MovingClock(Fixtures.NOW), CONVERSIONS);
        nodeB = new ContentStore(poolB, new MovingClock(Fixtures.NOW), CONVERSIONS);
    }

    /** Commits {@code times} content changes on {@code node}, each in its own transaction. */
    static void writeOn(ContentStore node, int times) {
        for (int i = 0; i < times; i++) {
            node.database().useTransaction(h -> node.articles().bumpContentVersion(h));
        }
    }

    @Override
    public void close() {
        poolA.close();
        poolB.close();
        db.close();
    }
}
