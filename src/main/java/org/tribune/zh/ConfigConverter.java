package org.tribune.zh;

import java.util.List;

/**
 * A converter assembled as an OpenCC 1.4 config describes it: an optional normalization chain over
 * the whole text, then an optional maximum-match segmentation, then a chain of conversions applied
 * to each segment in turn (matches never cross a segment's edge).
 */
final class ConfigConverter implements ScriptConverter {
    private final ConversionStep[] normalization;
    private final DictionaryMatcher segmentation;
    private final ConversionStep[] chain;
    /**
     * True when the chain's first step would only find again, in a word the segmentation found,
     * that same word: it consults the segmentation's dictionary first (as s2t-based configs do),
     * so its match covers the whole segment and its replacement is the one already found.
     */
    private final boolean firstStepRepeatsSegmentation;

    ConfigConverter(List<ConversionStep> normalization, DictionaryMatcher segmentation, List<ConversionStep> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a conversion chain needs at least one step");
        }
        this.normalization = normalization.toArray(ConversionStep[]::new);
        this.segmentation = segmentation;
        this.chain = chain.toArray(ConversionStep[]::new);
        this.firstStepRepeatsSegmentation = segmentation != null && this.chain[0].consultsFirst(segmentation);
    }

    @Override
    public void convert(CharSequence text, int from, int to, StringBuilder out) {
        var work = new Work();
        var source = new ConvertedText(to - from);
        source.append(text, from, to);
        if (normalization.length > 0) {
            var normalized = new ConvertedText(source.length());
            appendChain(normalization, 0, source.chars(), 0, source.length(), normalized, work);
            source = normalized;
        }
        var converted = new ConvertedText(source.length() + source.length() / 8);
        if (segmentation == null) {
            appendChain(chain, 0, source.chars(), 0, source.length(), converted, work);
        } else {
            segmentEach(source.chars(), 0, source.length(), converted, work);
        }
        out.append(converted.chars(), 0, converted.length());
    }

    /** Maximum-match segmentation: dictionary words are segments, and so is each run between them. */
    private void segmentEach(char[] text, int from, int to, ConvertedText out, Work work) {
        int runStart = from;
        int i = from;
        while (i < to) {
            char c = text[i];
            int matched = segmentation.cannotStartWith(c) ? 0 : segmentation.match(text, i, to, work.found);
            if (matched == 0) {
                int skip = IdeographicDescription.length(text, i, to);
                i += skip > 0 ? skip : ConversionStep.charLength(text, i, to);
                continue;
            }
            String word = work.found.value; // before converting the run, which reuses found
            if (runStart < i) {
                appendChain(chain, 0, text, runStart, i, out, work);
            }
            if (firstStepRepeatsSegmentation) {
                appendRestOfChain(word, out, work);
            } else {
                appendChain(chain, 0, text, i, i + matched, out, work);
            }
            i += matched;
            runStart = i;
        }
        if (runStart < to) {
            appendChain(chain, 0, text, runStart, to, out, work);
        }
    }

    /** Runs the steps after the first over {@code word}, the first step's output. */
    private void appendRestOfChain(String word, ConvertedText out, Work work) {
        if (chain.length == 1) {
            out.append(word);
            return;
        }
        work.word.clear();
        work.word.append(word);
        appendChain(chain, 1, work.word.chars(), 0, work.word.length(), out, work);
    }

    /** Runs the steps from {@code first} one after another, the last writing straight into {@code out}. */
    private static void appendChain(
            ConversionStep[] steps, int first, char[] text, int from, int to, ConvertedText out, Work work) {
        char[] current = text;
        int start = from;
        int end = to;
        for (int k = first; k < steps.length - 1; k++) {
            ConvertedText target = (k & 1) == 0 ? work.even : work.odd;
            target.clear();
            steps[k].convert(current, start, end, target, work.found);
            current = target.chars();
            start = 0;
            end = target.length();
        }
        steps[steps.length - 1].convert(current, start, end, out, work.found);
    }

    /** Buffers for one call, reused across its segments. */
    private static final class Work {
        final DictionaryMatcher.Found found = new DictionaryMatcher.Found();
        final ConvertedText even = new ConvertedText(64);
        final ConvertedText odd = new ConvertedText(64);
        final ConvertedText word = new ConvertedText(16);
    }
}
