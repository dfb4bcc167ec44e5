package org.tribune.zh;

import java.util.Map;

/**
 * A converter with a site's glossary on top: where a glossary term occurs (longest first), its
 * replacement is written as given; the text between terms goes through the dictionaries.
 */
final class OverridingConverter implements ScriptConverter {
    private final ScriptConverter base;
    private final Dictionary terms;

    OverridingConverter(ScriptConverter base, Map<String, String> overrides) {
        this.base = base;
        this.terms = Dictionary.of("glossary", overrides);
    }

    @Override
    public void convert(CharSequence text, int from, int to, StringBuilder out) {
        var found = new Matcher.Found();
        int runStart = from;
        int i = from;
        while (i < to) {
            int matched = terms.cannotStartWith(text.charAt(i)) ? 0 : terms.match(text, i, to, found);
            if (matched == 0) {
                i += Conversion.charLength(text, i, to);
                continue;
            }
            if (runStart < i) {
                base.convert(text, runStart, i, out);
            }
            out.append(found.value);
            i += matched;
            runStart = i;
        }
        if (runStart < to) {
            base.convert(text, runStart, to, out);
        }
    }
}
