package org.tribune.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses the words for one article's template slots. The weights decide how topical the text is: nine in ten
 * topic slots use the primary topic, which keeps each article firmly inside its cluster.
 */
final class SlotFiller {

    private static final int PRIMARY_SHARE_PERCENT = 90;

    private final CorpusTopic primary;
    private final List<CorpusTopic> secondary;
    private final int year;

    /** @param topics the article's topics, primary first; {@code year} is the publication year */
    SlotFiller(List<CorpusTopic> topics, int year) {
        this.primary = topics.getFirst();
        this.secondary = topics.subList(1, topics.size());
        this.year = year;
    }

    /** One value per slot letter; a term is not repeated within one sentence when an alternative exists. */
    List<Phrase> fill(String slots, SplittableRandom rng) {
        List<Phrase> values = new ArrayList<>(slots.length());
        for (int i = 0; i < slots.length(); i++) {
            Phrase value = pick(slots.charAt(i), rng);
            if (values.contains(value)) {
                value = pick(slots.charAt(i), rng);
            }
            values.add(value);
        }
        return values;
    }

    private Phrase pick(char slot, SplittableRandom rng) {
        return switch (slot) {
            case 'p' -> term(primary, rng);
            case 't' -> term(rng.nextInt(100) < PRIMARY_SHARE_PERCENT ? primary : secondaryOrPrimary(rng), rng);
            case 's' -> term(secondaryOrPrimary(rng), rng);
            case 'g' -> any(CorpusVocabulary.GENERAL, rng);
            case 'a' -> any(CorpusVocabulary.ACTORS, rng);
            case 'y' -> yearBefore(rng);
            default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
        };
    }

    private CorpusTopic secondaryOrPrimary(SplittableRandom rng) {
        return secondary.isEmpty() ? primary : any(secondary, rng);
    }

    /** A year in the fifteen before publication, so articles never cite their own future. */
    private Phrase yearBefore(SplittableRandom rng) {
        String text = Integer.toString(year - 1 - rng.nextInt(15));
        return new Phrase(text, text, text);
    }

    private static Phrase term(CorpusTopic topic, SplittableRandom rng) {
        return any(topic.terms(), rng);
    }

    static <T> T any(List<T> items, SplittableRandom rng) {
        return items.get(rng.nextInt(items.size()));
    }
}
