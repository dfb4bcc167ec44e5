package org.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecencyBoostTest {
    private static final long NOW = 1_700_000_000_000L;
    private static final long DAY = 86_400_000L;
    private static final String[] WORDS = {
        "harbour", "trade", "missile", "policy", "alliance", "tariff", "port", "shipping", "summit", "border"
    };
    private static final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    /**
     * Thousands of texts dated over ten years, in several segments: most long, with a word here and
     * there; some short and dense, at the start and at the end only, so that the blocks of matches
     * between them cannot compete.
     */
    @BeforeAll
    static void index() throws IOException {
        var random = new SplittableRandom(7);
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(text("twin", NOW - 10 * DAY));
            writer.addDocument(text("twin", NOW - 3_000 * DAY));
            for (int i = 0; i < 6_000; i++) {
                var words = new StringBuilder();
                boolean dense = i % 50 == 0 && (i < 1_000 || i > 5_800);
                for (int n = 0; n < (dense ? 4 : 40); n++) {
                    words.append(dense ? WORDS[n % 3] : n % 10 == 0 ? WORDS[random.nextInt(WORDS.length)] : "filler")
                            .append(' ');
                }
                writer.addDocument(text(words.toString(), NOW - random.nextLong(3_650) * DAY));
                if (i % 1_500 == 0) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static Document text(String text, long published) {
        var doc = new Document();
        doc.add(new TextField("text", text, Field.Store.NO));
        doc.add(new NumericDocValuesField("published", published));
        return doc;
    }

    private static Query boosted(String... words) {
        var query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(new TermQuery(new Term("text", word)), Occur.MUST);
        }
        return new RecencyBoost(query.build(), "published", NOW);
    }

    @Test
    void of_two_equally_relevant_editions_the_newer_ranks_first_by_at_most_a_fifth() throws IOException {
        TopDocs top = searcher.search(boosted("twin"), 2);
        assertThat(top.scoreDocs[0].doc).isZero();
        float newer = top.scoreDocs[0].score;
        float older = top.scoreDocs[1].score;
        assertThat(newer).isGreaterThan(older).isLessThanOrEqualTo(older * (float) (1 + RecencyBoost.WEIGHT));
    }

    @Test
    void the_multiplier_halves_its_excess_every_half_life_and_treats_future_dates_as_today() {
        var boost = new RecencyBoost(new TermQuery(new Term("text", "x")), "published", NOW);
        assertThat(boost.multiplier(NOW)).isEqualTo(1 + RecencyBoost.WEIGHT);
        assertThat(boost.multiplier(NOW + 5 * DAY)).isEqualTo(1 + RecencyBoost.WEIGHT);
        assertThat(boost.multiplier(NOW - (long) RecencyBoost.HALF_LIFE_DAYS * DAY) - 1)
                .isCloseTo(RecencyBoost.WEIGHT / 2, Offset.offset(1e-9));
    }

    /** Skipping starts at once with a threshold of 1; counting every match never skips. */
    @Test
    void skipping_what_cannot_compete_never_changes_the_top_results() throws IOException {
        boolean skipped = false;
        for (String[] words : List.of(
                new String[] {"harbour"},
                new String[] {"harbour", "trade"},
                new String[] {"border"},
                new String[] {"harbour", "trade", "missile"},
                new String[] {"summit", "tariff"})) {
            Query query = boosted(words);
            TopDocs skipping = searcher.search(query, new TopScoreDocCollectorManager(20, 1));
            TopDocs exhaustive = searcher.search(query, new TopScoreDocCollectorManager(20, Integer.MAX_VALUE));
            assertThat(exhaustive.totalHits.relation()).isEqualTo(TotalHits.Relation.EQUAL_TO);
            assertThat(docsAndScores(skipping)).as(Arrays.toString(words)).isEqualTo(docsAndScores(exhaustive));
            skipped |= skipping.totalHits.value() < exhaustive.totalHits.value();
        }
        assertThat(skipped)
                .as("some search skipped matches, so the comparison means something")
                .isTrue();
    }

    @Test
    void explanations_give_the_score_searches_give() throws IOException {
        Query query = boosted("trade", "port");
        ScoreDoc first = searcher.search(query, 1).scoreDocs[0];
        var explanation = searcher.explain(query, first.doc);
        assertThat(explanation.getValue().floatValue()).isEqualTo(first.score);
    }

    private static List<String> docsAndScores(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(sd.doc + ":" + sd.score);
        }
        return out;
    }
}
