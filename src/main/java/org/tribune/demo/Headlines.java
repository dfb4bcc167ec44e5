package org.tribune.demo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Draws titles, summaries and subheadings from {@link HeadlineTemplates} in all three languages at once. */
final class Headlines {

    static final int MIN_TITLE_WORDS = 5;
    static final int MAX_TITLE_WORDS = 12;

    /** Long multi-word terms can push a title past the limit; a redraw is cheaper than a tighter template set. */
    private static final int TITLE_ATTEMPTS = 100;

    private static final Set<String> MINOR_WORDS =
            Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with");

    private Headlines() {}

    static Phrase title(SlotFiller filler, SplittableRandom rng) {
        for (int attempt = 0; attempt < TITLE_ATTEMPTS; attempt++) {
            Phrase title = titled(draw(HeadlineTemplates.TITLES, filler, rng));
            int words = EnglishBodyWriter.words(title.en(), 0);
            if (words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS) {
                return title;
            }
        }
        throw new IllegalStateException("no title of " + MIN_TITLE_WORDS + "-" + MAX_TITLE_WORDS + " words found");
    }

    static Phrase summary(SlotFiller filler, SplittableRandom rng) {
        Phrase summary = draw(HeadlineTemplates.SUMMARIES, filler, rng);
        String en = summary.en();
        return new Phrase(Character.toUpperCase(en.charAt(0)) + en.substring(1), summary.hans(), summary.hant());
    }

    static Phrase subheading(SlotFiller filler, SplittableRandom rng) {
        return titled(draw(HeadlineTemplates.SUBHEADINGS, filler, rng));
    }

    private static Phrase draw(List<ParallelTemplate> patterns, SlotFiller filler, SplittableRandom rng) {
        ParallelTemplate pattern = SlotFiller.any(patterns, rng);
        return pattern.render(filler.fill(pattern.slots(), rng));
    }

    private static Phrase titled(Phrase headline) {
        return new Phrase(titleCase(headline.en()), headline.hans(), headline.hant());
    }

    /** Headline style: every word capitalized (hyphenated parts too) except minor words after the first. */
    static String titleCase(String text) {
        String[] words = text.split(" ");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean minor = i > 0 && MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT));
            out.append(i > 0 ? " " : "").append(minor ? word.toLowerCase(Locale.ROOT) : capitalizeParts(word));
        }
        return out.toString();
    }

    private static String capitalizeParts(String word) {
        StringBuilder out = new StringBuilder(word);
        for (int i = 0; i < out.length(); i++) {
            if (i == 0 || out.charAt(i - 1) == '-') {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }
}
