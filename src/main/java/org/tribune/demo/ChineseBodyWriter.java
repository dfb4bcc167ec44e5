package org.tribune.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.tribune.content.Lang;

/**
 * Writes an article's Chinese body in both scripts at once: each sentence's template and words are drawn once and
 * rendered twice, so the Traditional edition is the Simplified one character for character.
 */
final class ChineseBodyWriter implements BodyLayout.BodyWriter {

    private static final int PATTERN_MEMORY = 8;

    private final SlotFiller filler;
    private final NonRepeatingPicker<ChineseTemplates.Sentence> patterns =
            new NonRepeatingPicker<>(ChineseTemplates.BODY, PATTERN_MEMORY);
    private final StringBuilder hans = new StringBuilder(6_000);
    private final StringBuilder hant = new StringBuilder(6_000);

    ChineseBodyWriter(SlotFiller filler) {
        this.filler = filler;
    }

    @Override
    public int sentence(SplittableRandom rng) {
        ChineseTemplates.Sentence sentence = patterns.pick(rng);
        List<Phrase> values = filler.fill(sentence.hans().slots(), rng);
        int start = hans.length();
        sentence.hans().render(values, Lang.ZH_HANS, hans);
        sentence.hant().render(values, Lang.ZH_HANT, hant);
        return hanCharacters(hans, start);
    }

    @Override
    public int heading(Phrase heading) {
        hans.append("## ").append(heading.hans());
        hant.append("## ").append(heading.hant());
        return hanCharacters(heading.hans(), 0);
    }

    @Override
    public void blockBreak() {
        hans.append("\n\n");
        hant.append("\n\n");
    }

    String hans() {
        return hans.toString();
    }

    String hant() {
        return hant.toString();
    }

    /** Counts Han characters only: punctuation, digits and Latin letters do not make a Chinese text longer. */
    static int hanCharacters(CharSequence text, int from) {
        int count = 0;
        for (int i = from; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
                count++;
            }
            i += Character.charCount(codePoint);
        }
        return count;
    }
}
