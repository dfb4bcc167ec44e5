package org.tribune.newsroom;

import java.util.Set;

/**
 * How far a translation has caught up with its source on the translation desk.
 *
 * @param alignedTitle the source title the translated title follows
 * @param alignedSummary the source summary the translated summary follows
 * @param alignedBody the source blocks the translated blocks follow, one for one, as Markdown
 * @param pending keys of the source blocks still waiting for the translator
 */
public record DeskProgress(String alignedTitle, String alignedSummary, String alignedBody, Set<String> pending) {
    public DeskProgress {
        pending = Set.copyOf(pending);
    }
}
