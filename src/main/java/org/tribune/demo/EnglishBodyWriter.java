package org.tribune.demo;

import java.util.SplittableRandom;
import org.tribune.content.Lang;

/** Writes an article's English body. */
final class EnglishBodyWriter implements BodyLayout.BodyWriter {

    private static final int PATTERN_MEMORY = 8;

    private final SlotFiller filler;
    private final NonRepeatingPicker<Template> patterns =
            new NonRepeatingPicker<>(EnglishTemplates.BODY, PATTERN_MEMORY);
    private final StringBuilder text = new StringBuilder(10_000);
    private boolean blockStart = true;

    EnglishBodyWriter(SlotFiller filler) {
        this.filler = filler;
    }

    @Override
    public int sentence(SplittableRandom rng) {
        Template template = patterns.pick(rng);
        if (!blockStart) {
            text.append(' ');
        }
        blockStart = false;
        int start = text.length();
        template.render(filler.fill(template.slots(), rng), Lang.EN, text);
        // Slots may open a sentence with a lowercase term or "the".
        text.setCharAt(start, Character.toUpperCase(text.charAt(start)));
        return words(text, start);
    }

    @Override
    public int heading(Phrase heading) {
        text.append("## ").append(heading.en());
        return words(heading.en(), 0);
    }

    @Override
    public void blockBreak() {
        text.append("\n\n");
        blockStart = true;
    }

    String text() {
        return text.toString();
    }

    /** Counts whitespace-separated tokens holding a letter or digit, so Markdown's "##" is not a word. */
    static int words(CharSequence text, int from) {
        int words = 0;
        boolean counted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }
}
