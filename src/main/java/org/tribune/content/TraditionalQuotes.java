package org.tribune.content;

import org.tribune.zh.ScriptConverter;

/**
 * A conversion to Traditional Chinese followed by the quotation marks readers in Taiwan and Hong
 * Kong use: “ ” become 「 」 and ‘ ’ nested inside become 『 』. A ’ with no ‘ open before it in the
 * same text is an apostrophe (O’Brien) and stays. Applied to prose only: the Markdown conversion
 * hands this converter the text between code spans, links' targets and markup.
 */
final class TraditionalQuotes implements ScriptConverter {
    private final ScriptConverter toTraditional;

    TraditionalQuotes(ScriptConverter toTraditional) {
        this.toTraditional = toTraditional;
    }

    @Override
    public void convert(CharSequence text, int from, int to, StringBuilder out) {
        int start = out.length();
        toTraditional.convert(text, from, to, out);
        int singlesOpen = 0;
        for (int i = start; i < out.length(); i++) {
            switch (out.charAt(i)) {
                case '\u201C' -> out.setCharAt(i, '「');
                case '\u201D' -> out.setCharAt(i, '」');
                case '\u2018' -> {
                    out.setCharAt(i, '『');
                    singlesOpen++;
                }
                case '\u2019' -> {
                    if (singlesOpen > 0) {
                        out.setCharAt(i, '』');
                        singlesOpen--;
                    }
                }
                default -> {}
            }
        }
    }
}
