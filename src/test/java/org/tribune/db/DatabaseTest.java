package org.tribune.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a SQLite store is opened: for the server, or for a job that reads all of it. */
class DatabaseTest {
    @TempDir
    Path dir;

    private static long mappedBytes(Database db) {
        return db.withHandle(
                h -> h.createQuery("pragma mmap_size").mapTo(long.class).one());
    }

    @Test
    void the_server_reads_pages_through_the_cache_and_bulk_readers_map_the_file() {
        String url = "jdbc:sqlite:" + dir.resolve("tribune.db");
        try (Database server = Database.open(url)) {
            assertThat(mappedBytes(server)).isZero();
        }
        try (Database export = Database.openForBulkReads(url)) {
            assertThat(mappedBytes(export)).isEqualTo(1L << 30);
            int editions = export.withHandle(h -> h.createQuery("select count(*) from edition")
                    .mapTo(int.class)
                    .one());
            assertThat(editions).isZero();
        }
    }
}
