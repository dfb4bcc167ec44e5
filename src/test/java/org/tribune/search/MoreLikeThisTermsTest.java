package org.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.Lang;

/** {@link MoreLikeThisTerms} makes exactly the query Lucene's {@link MoreLikeThis} makes, only cheaper. */
class MoreLikeThisTermsTest {
    @TempDir
    static Path dir;

    private static ClusterCorpus corpus;
    private static SearchIndex index;

    @BeforeAll
    static void fill() {
        corpus = ClusterCorpus.load(dir);
        index = corpus.index;
    }

    @AfterAll
    static void close() throws Exception {
        corpus.close();
    }

    @Test
    void every_edition_of_the_journal_gets_lucenes_query_in_english_and_in_both_chinese_scripts() {
        int compared = index.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            var stored = searcher.storedFields();
            int count = 0;
            // Shared by every edition, as rankings share them: found and known frequencies give the same queries.
            Map<String, Integer> docFrequencies = new HashMap<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Lang lang = Lang.fromTag(
                                stored.document(doc, Set.of(SearchIndex.LANG)).get(SearchIndex.LANG))
                        .orElseThrow();
                for (int ownEditions = 1; ownEditions <= 2; ownEditions++) {
                    MoreLikeThisTerms ours =
                            RelatedRanking.moreLikeThisTerms(reader, lang, ownEditions, docFrequencies);
                    MoreLikeThis lucenes = new MoreLikeThis(reader);
                    lucenes.setFieldNames(new String[] {
                        Analysis.field(Analysis.TITLE, lang),
                        Analysis.field(Analysis.TOPICS, lang),
                        Analysis.field(Analysis.BODY, lang)
                    });
                    lucenes.setAnalyzer(index.analysis().perField());
                    lucenes.setMinTermFreq(1);
                    lucenes.setMinDocFreq(ownEditions + 1);
                    lucenes.setMaxQueryTerms(25);
                    lucenes.setBoost(true);
                    assertSameQuery(ours.like(doc), lucenes.like(doc));
                }
                count++;
            }
            return count;
        });
        assertThat(compared).isGreaterThan(100);
    }

    private static final FieldType WITH_VECTORS = vectors();

    private static FieldType vectors() {
        var type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    /**
     * Over documents of few, often repeated words (ties everywhere), spread over several segments,
     * with fields some documents lack, for any query size and minimum document frequency.
     */
    @Property(tries = 60)
    void any_small_index_gets_the_same_query(
            @ForAll @Size(min = 2, max = 30) List<@StringLength(max = 40) String> texts,
            @ForAll @IntRange(min = 1, max = 4) int minDocFreq,
            @ForAll @IntRange(min = 1, max = 12) int maxTerms)
            throws IOException {
        String[] fields = {"a", "b"};
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < texts.size(); i++) {
                String text =
                        texts.get(i).chars().mapToObj(c -> "w" + (c % 7) + " ").reduce("", String::concat);
                Document doc = new Document();
                doc.add(new Field("a", text, WITH_VECTORS));
                if (i % 3 != 0) {
                    doc.add(new Field("b", text.replace("w1", "w6"), WITH_VECTORS));
                }
                writer.addDocument(doc);
                if (i % 4 == 3) {
                    writer.commit(); // another segment
                }
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<String, Integer> docFrequencies = new HashMap<>();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    var lucenes = new MoreLikeThis(reader);
                    lucenes.setFieldNames(fields);
                    lucenes.setAnalyzer(new WhitespaceAnalyzer());
                    lucenes.setMinTermFreq(1);
                    lucenes.setMinDocFreq(minDocFreq);
                    lucenes.setMaxQueryTerms(maxTerms);
                    lucenes.setBoost(true);
                    assertSameQuery(
                            new MoreLikeThisTerms(reader, fields, minDocFreq, maxTerms, docFrequencies).like(doc),
                            lucenes.like(doc));
                }
            }
        }
    }

    private static void assertSameQuery(Query ours, Query lucenes) {
        // toString shows the clauses in order with their boosts; equals also compares them.
        assertThat(ours.toString()).isEqualTo(lucenes.toString());
        assertThat(ours).isEqualTo(lucenes);
    }
}
