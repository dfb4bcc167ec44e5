package org.tribune.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.tribune.zh.ScriptConverter;

/**
 * Chinese analysis that folds Traditional into Simplified before segmenting, at index and at query
 * time alike, so 導彈 and 导弹 become the same terms. Conversion maps characters one to one almost
 * everywhere, so offsets (for highlighting) still point into the original text; where a rare
 * conversion changes the length, highlighting falls back to an unmarked passage.
 */
final class FoldingAnalyzer extends AnalyzerWrapper {
    private final Analyzer delegate;
    private final ScriptConverter toSimplified;

    FoldingAnalyzer(Analyzer delegate, ScriptConverter toSimplified) {
        super(delegate.getReuseStrategy());
        this.delegate = delegate;
        this.toSimplified = toSimplified;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return delegate;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new StringReader(toSimplified.convert(readAll(reader)));
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
}
