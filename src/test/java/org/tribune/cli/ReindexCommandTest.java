package org.tribune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.Main;
import org.tribune.content.Lang;
import org.tribune.search.SearchHit;
import org.tribune.search.SearchIndex;
import org.tribune.zh.ChineseConversions;

/** {@code tribune reindex}: the index rebuilt from the store, whatever state it was in. */
class ReindexCommandTest {
    @TempDir
    Path tempDir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void reindex_fills_the_index_from_the_store_and_replaces_a_corrupt_one() throws Exception {
        Path file = tempDir.resolve("one.jsonl");
        Files.writeString(file, """
                {"id":"missile-note","lang":"zh-Hans","title":"导弹试射","summary":"s","published":"2024-01-01T00:00:00Z",\
                "authors":[{"key":"a","name":"A"}],"topics":[{"key":"t","name":"T"}],"body":"火星-12型导弹。"}
                """);
        Path data = tempDir.resolve("data");
        assertThat(run("import", "--data", data.toString(), file.toString())).isZero();
        Files.createDirectories(data.resolve("index"));
        Files.writeString(data.resolve("index").resolve("segments_1"), "garbage");

        assertThat(run("reindex", "--data", data.toString())).isZero();

        // The Simplified edition and the Traditional one derived from it.
        assertThat(out.toString()).contains("indexed 2 editions");
        try (var index = SearchIndex.open(data.resolve("index"), ChineseConversions.load(), Clock.systemUTC())) {
            assertThat(index.search(Lang.ZH_HANT, "導彈", 1, 10).hits())
                    .extracting(SearchHit::articleId)
                    .containsExactly("missile-note");
        }
    }
}
