package org.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.Lang;
import org.tribune.zh.ChineseConversions;

/**
 * An index left by an earlier release opens as it is: upgrading Lucene within a major version
 * must not make every site rebuild its index. The fixture was written by Tribune on Lucene 10.3.2
 * ({@code tribune import} then {@code tribune reindex} of two articles).
 */
class OlderIndexTest {
    @TempDir
    Path tempDir;

    @Test
    void an_index_written_by_lucene_10_3_opens_without_a_rebuild_and_answers() throws Exception {
        Path fixture = Path.of(
                OlderIndexTest.class.getResource("/fixtures/lucene-10.3-index").toURI());
        Path folder = tempDir.resolve("index");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }

        try (var index = SearchIndex.open(folder, ChineseConversions.load(), Clock.systemUTC())) {
            assertThat(index.wasCreated())
                    .as("read as it was, not deleted and created empty")
                    .isFalse();
            assertThat(index.search(Lang.EN, "cranes", 1, 10).hits())
                    .extracting(SearchHit::articleId)
                    .containsExactly("harbour-note");
            assertThat(index.search(Lang.ZH_HANT, "導彈", 1, 10).hits())
                    .extracting(SearchHit::articleId)
                    .containsExactly("missile-note");
        }
    }
}
