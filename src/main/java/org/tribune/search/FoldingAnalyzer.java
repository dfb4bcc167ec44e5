package org.tribune.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tribune.zh.ScriptConverter;

/**
 * Chinese analysis that folds Traditional into Simplified before segmenting, at index and at query
 * time alike, so 導彈 and 导弹 become the same terms. Conversion maps characters one to one almost
 * everywhere, so offsets (for highlighting) still point into the original text; where a rare
 * conversion changes the length, highlighting falls back to an unmarked passage.
 *
 * <p>The tokens of the last {@value #REMEMBERED} folded texts are remembered and replayed when the
 * same folded text comes again: a Traditional edition derived from the Simplified one usually
 * folds back to exactly its text, and segmentation is most of the cost of indexing Chinese. A
 * replay gives the tokens the segmenter gave (terms, offsets, positions, types), so the index is
 * the same either way.
 */
final class FoldingAnalyzer extends Analyzer {
    /** Folded texts whose tokens are kept: the two scripts of an article are indexed close together. */
    static final int REMEMBERED = 256;

    private final Analyzer delegate;
    private final ScriptConverter toSimplified;
    private final Map<String, Tokens> remembered =
            Collections.synchronizedMap(new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Tokens> eldest) {
                    return size() > REMEMBERED;
                }
            });

    FoldingAnalyzer(Analyzer delegate, ScriptConverter toSimplified) {
        super(delegate.getReuseStrategy());
        this.delegate = delegate;
        this.toSimplified = toSimplified;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new Replay(fieldName));
    }

    @Override
    public void close() {
        delegate.close();
        super.close();
    }

    /** The tokens the delegate makes of {@code folded}, segmented once per remembered text. */
    private Tokens tokensOf(String fieldName, String folded) {
        Tokens known = remembered.get(folded);
        if (known != null) {
            return known;
        }
        Tokens made = Tokens.of(delegate, fieldName, folded);
        remembered.put(folded, made);
        return made;
    }

    /**
     * One text's tokens as the delegate's stream gave them: everything the index and the
     * highlighter read of a token.
     */
    private record Tokens(
            String[] terms,
            int[] starts,
            int[] ends,
            int[] increments,
            int[] lengths,
            String[] types,
            int finalOffset,
            int finalIncrement) {

        static Tokens of(Analyzer analyzer, String fieldName, String text) {
            List<String> terms = new ArrayList<>();
            List<String> types = new ArrayList<>();
            var starts = new IntList();
            var ends = new IntList();
            var increments = new IntList();
            var lengths = new IntList();
            try (TokenStream stream = analyzer.tokenStream(fieldName, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
                TypeAttribute type = stream.addAttribute(TypeAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                    starts.add(offset.startOffset());
                    ends.add(offset.endOffset());
                    increments.add(increment.getPositionIncrement());
                    lengths.add(length.getPositionLength());
                    types.add(type.type());
                }
                stream.end();
                return new Tokens(
                        terms.toArray(String[]::new),
                        starts.toArray(),
                        ends.toArray(),
                        increments.toArray(),
                        lengths.toArray(),
                        types.toArray(String[]::new),
                        offset.endOffset(),
                        increment.getPositionIncrement());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads the whole text, folds it, and gives the folded text's tokens. */
    private final class Replay extends Tokenizer {
        private final String fieldName;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private Tokens tokens;
        private int next;

        Replay(String fieldName) {
            this.fieldName = fieldName;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            tokens = tokensOf(fieldName, toSimplified.convert(readAll(input)));
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.terms().length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(tokens.terms()[next]);
            offset.setOffset(correctOffset(tokens.starts()[next]), correctOffset(tokens.ends()[next]));
            increment.setPositionIncrement(tokens.increments()[next]);
            length.setPositionLength(tokens.lengths()[next]);
            type.setType(tokens.types()[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(tokens.finalOffset());
            offset.setOffset(last, last);
            increment.setPositionIncrement(tokens.finalIncrement());
        }

        @Override
        public void close() throws IOException {
            super.close();
            tokens = null;
        }
    }

    private static String readAll(Reader reader) {
        try {
            var out = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n; (n = reader.read(buffer)) != -1; ) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A growing list of ints without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
