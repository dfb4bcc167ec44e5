package org.tribune.newsroom;

import java.time.Instant;
import org.tribune.content.EditionOrigin;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;

/**
 * One cell of the newsroom's status matrix: an edition's workflow state, whether it has fallen
 * behind its source, and who saved it last.
 *
 * @param status null when the article has no edition in this language
 * @param behindSource a translation (or derived edition) made from an older text of the source
 * @param lastSavedBy null for imports and derivations
 * @param assignee the translator the edition is assigned to; null when nobody is
 * @param gap the translation's untranslated blocks and how many source blocks it is behind
 */
public record EditionState(
        Lang lang,
        EditionStatus status,
        EditionOrigin origin,
        boolean behindSource,
        Instant published,
        Instant lastSavedAt,
        String lastSavedBy,
        String assignee,
        TranslationGap gap) {

    public boolean missing() {
        return status == null;
    }

    /** Out to readers (or about to be) while blocks of it still read as the source. */
    public boolean partlyTranslated() {
        return (status == EditionStatus.PUBLISHED || status == EditionStatus.SCHEDULED) && gap.untranslatedCount() > 0;
    }
}
