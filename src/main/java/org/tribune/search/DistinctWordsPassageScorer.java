package org.tribune.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The passage showing most of the reader's different words wins, then the one showing them most
 * often, then the earlier. (Lucene's BM25 passage scorer builds a hash table for every passage.)
 */
final class DistinctWordsPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        BytesRef[] terms = passage.getMatchTerms();
        int matches = passage.getNumMatches();
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) {
                seen = terms[j].bytesEquals(terms[i]);
            }
            distinct += seen ? 0 : 1;
        }
        return distinct * 1_000f + matches - passage.getStartOffset() / (contentLength + 1f);
    }
}
