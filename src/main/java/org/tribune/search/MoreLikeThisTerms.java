package org.tribune.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;

/**
 * The query {@link MoreLikeThis#like(int)} makes for one document (term frequency times inverse
 * document frequency from its term vectors, the best few terms each boosted against the weakest
 * kept), made the same way with less work. Lucene's version decodes the document's vectors once
 * per field and looks each term's document frequency up with a new terms enumeration, an
 * allocation per term that adds up over a journal's worth of rankings; here the vectors are
 * decoded once and one enumeration per field and segment serves every lookup.
 * {@code MoreLikeThisTermsTest} holds the two to the same queries.
 *
 * <p>Every field read here keeps term vectors, so a document without a vector for a field has no
 * terms in it (Lucene would then analyze the stored text, which is empty or not stored).
 */
final class MoreLikeThisTerms {
    private static final ClassicSimilarity SIMILARITY = new ClassicSimilarity();

    /** Document frequencies kept, beyond which new words are looked up every time: a few MB at most. */
    private static final int MAX_KEPT_FREQUENCIES = 200_000;

    private final IndexReader reader;
    private final String[] fields;
    private final int minDocFreq;
    private final int maxTerms;
    private final Map<String, Integer> docFrequencies;

    /**
     * As {@link MoreLikeThis} with these fields, minimum document frequency and query size, minimum
     * term frequency 1, boosts on.
     *
     * @param docFrequencies document frequencies already looked up in this same {@code reader}, by
     *     field and word, shared by every ranking of one index state and filled here (the same
     *     words recur across rankings, and each lookup seeks every segment's terms dictionary)
     */
    MoreLikeThisTerms(
            IndexReader reader, String[] fields, int minDocFreq, int maxTerms, Map<String, Integer> docFrequencies) {
        this.reader = reader;
        this.fields = fields.clone();
        this.minDocFreq = minDocFreq;
        this.maxTerms = maxTerms;
        this.docFrequencies = docFrequencies;
    }

    private static final class Scored {
        String word;
        String field;
        float score;

        Scored(String word, String field, float score) {
            this.word = word;
            this.field = field;
            this.score = score;
        }
    }

    Query like(int doc) throws IOException {
        // Built and walked as Lucene builds and walks it: equal scores keep the term met first.
        Map<String, Map<String, Integer>> frequencies = new HashMap<>();
        Fields vectors = reader.termVectors().get(doc);
        int count = 0;
        for (String field : fields) {
            Terms vector = vectors == null ? null : vectors.terms(field);
            if (vector == null) {
                continue;
            }
            Map<String, Integer> perWord = frequencies.computeIfAbsent(field, f -> new HashMap<>());
            TermsEnum terms = vector.iterator();
            for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                // get and put as Lucene does: merge grows the table at another moment, which can
                // change the iteration order and so the order of equally scored terms.
                String word = term.utf8ToString();
                Integer known = perWord.get(word);
                perWord.put(word, (int) terms.totalTermFreq() + (known == null ? 0 : known));
            }
            count += perWord.size();
        }
        int limit = Math.min(maxTerms, count);
        PriorityQueue<Scored> best = new PriorityQueue<>(limit) {
            @Override
            protected boolean lessThan(Scored a, Scored b) {
                return a.score < b.score;
            }
        };
        for (var perField : frequencies.entrySet()) {
            String field = perField.getKey();
            DocFrequencies docFreqs = new DocFrequencies(reader.leaves(), field, docFrequencies);
            long docCount = reader.getDocCount(field);
            if (docCount == -1) {
                docCount = reader.numDocs();
            }
            for (var word : perField.getValue().entrySet()) {
                int docFreq = docFreqs.of(word.getKey());
                if (docFreq < minDocFreq || docFreq == 0) {
                    continue;
                }
                float score = word.getValue() * SIMILARITY.idf(docFreq, docCount);
                if (best.size() < limit) {
                    best.add(new Scored(word.getKey(), field, score));
                } else if (best.top().score < score) {
                    Scored weakest = best.top();
                    weakest.word = word.getKey();
                    weakest.field = field;
                    weakest.score = score;
                    best.updateTop();
                }
            }
        }
        var query = new BooleanQuery.Builder();
        float weakestKept = -1;
        for (Scored term = best.pop(); term != null; term = best.pop()) {
            if (weakestKept == -1) {
                weakestKept = term.score;
            }
            query.add(
                    new BoostQuery(new TermQuery(new Term(term.field, term.word)), term.score / weakestKept),
                    Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * A field's document frequencies over every segment: from those known, else through one reused
     * enumeration per segment (opened when first needed).
     */
    private static final class DocFrequencies {
        private final List<LeafReaderContext> leaves;
        private final String field;
        private final String keyPrefix;
        private final Map<String, Integer> known;
        private TermsEnum[] segments;

        DocFrequencies(List<LeafReaderContext> leaves, String field, Map<String, Integer> known) {
            this.leaves = leaves;
            this.field = field;
            this.keyPrefix = field + '\u0000';
            this.known = known;
        }

        int of(String word) throws IOException {
            String key = keyPrefix + word;
            Integer docFreq = known.get(key);
            if (docFreq == null) {
                docFreq = lookUp(word);
                if (known.size() < MAX_KEPT_FREQUENCIES) {
                    known.put(key, docFreq);
                }
            }
            return docFreq;
        }

        private int lookUp(String word) throws IOException {
            if (segments == null) {
                segments = new TermsEnum[leaves.size()];
                for (int i = 0; i < segments.length; i++) {
                    Terms terms = leaves.get(i).reader().terms(field);
                    segments[i] = terms == null ? null : terms.iterator();
                }
            }
            BytesRef term = new BytesRef(word);
            int docFreq = 0;
            for (TermsEnum segment : segments) {
                if (segment != null && segment.seekExact(term)) {
                    docFreq += segment.docFreq();
                }
            }
            return docFreq;
        }
    }
}
