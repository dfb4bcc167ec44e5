package org.tribune.search.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.tribune.content.Lang;
import org.tribune.search.SearchIndex;
import org.tribune.zh.ChineseConversions;

/**
 * In-process search latency over 1,000 real queries mixed across the three languages: words and
 * two-word phrases taken from the corpus's titles, run against an index built by
 * {@code tribune reindex}. Prints p50, p90, p99 and max after a warm-up pass.
 * Usage: SearchLatency DATA_DIR CORPUS.jsonl
 */
public final class SearchLatency {
    private SearchLatency() {}

    public static void main(String[] args) throws Exception {
        List<Query> queries = queries(Path.of(args[1]), 1_000, new SplittableRandom(42));
        try (SearchIndex index =
                SearchIndex.open(Path.of(args[0]).resolve("index"), ChineseConversions.load(), Clock.systemUTC())) {
            System.out.printf("index: %d editions%n", index.size());
            run(index, queries);
            long[] nanos = run(index, queries);
            Arrays.sort(nanos);
            System.out.printf(
                    "%d queries: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    nanos.length, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        }
    }

    private static long[] run(SearchIndex index, List<Query> queries) {
        long[] nanos = new long[queries.size()];
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            hits += index.search(queries.get(i).lang(), queries.get(i).text(), 1, 10)
                    .total();
            nanos[i] = System.nanoTime() - start;
        }
        if (hits == 0) {
            throw new IllegalStateException("no query found anything: is the index built?");
        }
        return nanos;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private record Query(Lang lang, String text) {}

    /** Words of titles (English) and two-character runs of titles (Chinese), by seed. */
    private static List<Query> queries(Path corpus, int count, SplittableRandom random) throws Exception {
        var mapper = new ObjectMapper();
        List<Query> pool = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null && pool.size() < 20 * count) {
                JsonNode node = mapper.readTree(line);
                Lang lang = Lang.fromTag(node.get("lang").asText()).orElseThrow();
                String title = node.get("title").asText();
                if (lang == Lang.EN) {
                    String[] words = title.split("\\W+");
                    pool.add(new Query(
                            lang, words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]));
                } else if (title.length() >= 4) {
                    int at = random.nextInt(title.length() - 3);
                    pool.add(new Query(lang, title.substring(at, at + 2) + " " + title.substring(at + 2, at + 4)));
                }
            }
        }
        List<Query> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pool.get(random.nextInt(pool.size())));
        }
        return chosen;
    }
}
