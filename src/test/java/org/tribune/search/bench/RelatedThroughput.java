package org.tribune.search.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.tribune.search.SearchIndex;
import org.tribune.search.SimilarArticles;
import org.tribune.zh.ChineseConversions;

/**
 * Related-article rankings for every article of a corpus, in process, against an index built by
 * {@code tribune reindex}: one pass on one thread and one on every core, each with an empty cache,
 * so every article is ranked from scratch. Prints the wall time of each pass and per-article
 * p50/p99 of the single-threaded one.
 * Usage: RelatedThroughput DATA_DIR CORPUS.jsonl
 */
public final class RelatedThroughput {
    private RelatedThroughput() {}

    public static void main(String[] args) throws Exception {
        List<String> ids = articleIds(Path.of(args[1]));
        try (SearchIndex index =
                SearchIndex.open(Path.of(args[0]).resolve("index"), ChineseConversions.load(), Clock.systemUTC())) {
            System.out.printf("index: %d editions, corpus: %d articles%n", index.size(), ids.size());
            long[] nanos = new long[ids.size()];
            long start = System.nanoTime();
            var single = new SimilarArticles(index);
            long links = 0;
            for (int i = 0; i < ids.size(); i++) {
                long t = System.nanoTime();
                links += single.rankedFor(ids.get(i))
                        .orElseThrow(() -> new IllegalStateException("not indexed"))
                        .size();
                nanos[i] = System.nanoTime() - t;
            }
            double oneThread = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf(
                    "one thread: %d articles in %.1f s (%d ranked links); per article p50 %.2f ms,"
                            + " p99 %.2f ms, max %.2f ms%n",
                    ids.size(),
                    oneThread,
                    links,
                    nanos[nanos.length / 2] / 1e6,
                    nanos[(int) Math.ceil(0.99 * nanos.length) - 1] / 1e6,
                    nanos[nanos.length - 1] / 1e6);
            var parallel = new SimilarArticles(index);
            var parallelLinks = new AtomicLong();
            start = System.nanoTime();
            ids.parallelStream()
                    .forEach(id -> parallelLinks.addAndGet(
                            parallel.rankedFor(id).orElseThrow().size()));
            System.out.printf(
                    "%d threads: %d articles in %.1f s (%d ranked links)%n",
                    Runtime.getRuntime().availableProcessors(),
                    ids.size(),
                    (System.nanoTime() - start) / 1e9,
                    parallelLinks.get());
        }
    }

    private static List<String> articleIds(Path corpus) throws Exception {
        var mapper = new ObjectMapper();
        Set<String> ids = new LinkedHashSet<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                ids.add(mapper.readTree(line).get("id").asText());
            }
        }
        return new ArrayList<>(ids);
    }
}
