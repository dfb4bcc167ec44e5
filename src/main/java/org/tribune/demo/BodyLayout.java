package org.tribune.demo;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Pours sentences into an {@link Outline}. Each paragraph closes once the running length reaches its share of the
 * target, so the body lands within one sentence of the target whatever the paragraph count.
 */
final class BodyLayout {

    /** Writes one language's body; lengths are in that language's unit (English words, Han characters). */
    interface BodyWriter {

        /** Appends one sentence to the current paragraph and returns its length. */
        int sentence(SplittableRandom rng);

        /** Appends a Markdown subheading block and returns its length. */
        int heading(Phrase heading);

        /** Ends the current block with a blank line. */
        void blockBreak();
    }

    private BodyLayout() {}

    /** Returns the body's total length; it is at least {@code target} and exceeds it by less than one sentence. */
    static int lay(Outline outline, int target, BodyWriter writer, SplittableRandom rng) {
        int length = 0;
        for (int paragraph = 0; paragraph < outline.paragraphs(); paragraph++) {
            if (paragraph > 0) {
                writer.blockBreak();
            }
            Optional<Phrase> heading = outline.headingBefore(paragraph);
            if (heading.isPresent()) {
                length += writer.heading(heading.get());
                writer.blockBreak();
            }
            long goal = (long) target * (paragraph + 1) / outline.paragraphs();
            do {
                length += writer.sentence(rng);
            } while (length < goal);
        }
        return length;
    }
}
