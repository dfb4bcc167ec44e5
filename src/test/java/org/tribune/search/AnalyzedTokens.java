package org.tribune.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** An analyzer's tokens as text, for tests that hold one analyzer's output to another's. */
final class AnalyzedTokens {
    private AnalyzedTokens() {}

    /** Every attribute the index reads of each token, and the stream's end, one line each. */
    static List<String> of(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, new StringReader(text))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            var length = stream.addAttribute(PositionLengthAttribute.class);
            var type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
                        + increment.getPositionIncrement() + " " + length.getPositionLength() + " " + type.type());
            }
            stream.end();
            out.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
        }
        return out;
    }
}
