package org.tribune.zh;

import java.util.Map;

/**
 * A converter with a site's glossary on top: where a glossary term occurs (longest first), its
 * replacement is written as given; the text between terms goes through the dictionaries.
 */
final class GlossaryConverter implements ScriptConverter {
    private final ScriptConverter base;
    private final Dictionary terms;

    GlossaryConverter(ScriptConverter base, Map<String, String> overrides) {
        this.base = base;
        this.terms = Dictionary.of("glossary", overrides);
    }

    @Override
    public void convert(CharSequence text, int from, int to, StringBuilder out) {
        var found = new DictionaryMatcher.Found();
        var source = new ConvertedText(to - from);
        source.append(text, from, to);
        char[] chars = source.chars();
        int length = source.length();
        int runStart = 0;
        int i = 0;
        while (i < length) {
            int matched = terms.cannotStartWith(chars[i]) ? 0 : terms.match(chars, i, length, found);
            if (matched == 0) {
                i += ConversionStep.charLength(chars, i, length);
                continue;
            }
            if (runStart < i) {
                base.convert(text, from + runStart, from + i, out);
            }
            out.append(found.value);
            i += matched;
            runStart = i;
        }
        if (runStart < length) {
            base.convert(text, from + runStart, from + length, out);
        }
    }
}
