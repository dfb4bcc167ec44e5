package org.tribune.zh;

import java.util.List;

/**
 * A converter assembled as an OpenCC 1.4 config describes it: an optional normalization chain over
 * the whole text, then an optional maximum-match segmentation, then a chain of conversions applied
 * to each segment in turn (matches never cross a segment's edge).
 */
final class ConfigConverter implements ScriptConverter {
    private final Conversion[] normalization;
    private final Matcher segmentation;
    private final Conversion[] chain;

    ConfigConverter(List<Conversion> normalization, Matcher segmentation, List<Conversion> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a conversion chain needs at least one step");
        }
        this.normalization = normalization.toArray(Conversion[]::new);
        this.segmentation = segmentation;
        this.chain = chain.toArray(Conversion[]::new);
    }

    @Override
    public void convert(CharSequence text, int from, int to, StringBuilder out) {
        var work = new Work();
        CharSequence source = text;
        if (normalization.length > 0) {
            var normalized = new StringBuilder(to - from);
            appendChain(normalization, text, from, to, normalized, work);
            source = normalized;
            from = 0;
            to = normalized.length();
        }
        if (segmentation == null) {
            appendChain(chain, source, from, to, out, work);
        } else {
            segmentEach(source, from, to, out, work);
        }
    }

    /** Maximum-match segmentation: dictionary words are segments, and so is each run between them. */
    private void segmentEach(CharSequence text, int from, int to, StringBuilder out, Work work) {
        int runStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int matched = segmentation.cannotStartWith(c) ? 0 : segmentation.match(text, i, to, work.found);
            if (matched == 0) {
                int skip = IdeographicDescription.length(text, i, to);
                i += skip > 0 ? skip : Conversion.charLength(text, i, to);
                continue;
            }
            if (runStart < i) {
                appendChain(chain, text, runStart, i, out, work);
            }
            appendChain(chain, text, i, i + matched, out, work);
            i += matched;
            runStart = i;
        }
        if (runStart < to) {
            appendChain(chain, text, runStart, to, out, work);
        }
    }

    /** Runs the steps one after another, the last writing straight into {@code out}. */
    private static void appendChain(Conversion[] steps, CharSequence text, int from, int to, StringBuilder out,
            Work work) {
        CharSequence current = text;
        int start = from;
        int end = to;
        for (int k = 0; k < steps.length - 1; k++) {
            StringBuilder target = (k & 1) == 0 ? work.even : work.odd;
            target.setLength(0);
            steps[k].convert(current, start, end, target, work.found);
            current = target;
            start = 0;
            end = target.length();
        }
        steps[steps.length - 1].convert(current, start, end, out, work.found);
    }

    /** Buffers for one call, reused across its segments. */
    private static final class Work {
        final Matcher.Found found = new Matcher.Found();
        final StringBuilder even = new StringBuilder(64);
        final StringBuilder odd = new StringBuilder(64);
    }
}
