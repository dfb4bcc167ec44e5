package org.tribune.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The shape of one article's body, shared by all its editions so that paragraphs and subheadings line up across
 * languages even though each language's sentences are drawn independently.
 *
 * @param headingPositions the paragraphs (0-based) that a subheading precedes, ascending
 * @param headings         the subheadings, one per position
 */
record Outline(int paragraphs, List<Integer> headingPositions, List<Phrase> headings) {

    static final int MIN_PARAGRAPHS = 8;
    static final int MAX_PARAGRAPHS = 20;

    /** Only some longer pieces are split into sections, as in a real journal. */
    private static final int SECTIONED_PERCENT = 40;

    private static final int MIN_PARAGRAPHS_FOR_SECTIONS = 10;

    Outline {
        headingPositions = List.copyOf(headingPositions);
        headings = List.copyOf(headings);
    }

    Optional<Phrase> headingBefore(int paragraph) {
        int at = headingPositions.indexOf(paragraph);
        return at < 0 ? Optional.empty() : Optional.of(headings.get(at));
    }

    static Outline plan(SlotFiller filler, SplittableRandom rng) {
        int paragraphs = MIN_PARAGRAPHS + rng.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
        if (paragraphs < MIN_PARAGRAPHS_FOR_SECTIONS || rng.nextInt(100) >= SECTIONED_PERCENT) {
            return new Outline(paragraphs, List.of(), List.of());
        }
        int sections = 1 + rng.nextInt(Math.min(3, paragraphs / 5));
        List<Integer> positions = new ArrayList<>(sections);
        List<Phrase> headings = new ArrayList<>(sections);
        for (int k = 1; k <= sections; k++) {
            // Evenly spaced, and never before the first paragraph, which reads as the article's lede.
            positions.add(k * paragraphs / (sections + 1));
            Phrase heading;
            do {
                heading = Headlines.subheading(filler, rng);
            } while (headings.contains(heading));
            headings.add(heading);
        }
        return new Outline(paragraphs, positions, headings);
    }
}
