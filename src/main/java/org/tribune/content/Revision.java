package org.tribune.content;

import java.time.Instant;

/**
 * One saved state of an edition. Revisions are never changed or removed; restoring an old one
 * saves it again as the newest.
 *
 * @param number 1 for the first save of the edition, then 2, 3, …
 * @param savedBy the account that saved it; null for imports
 * @param note what kind of save it was, e.g. {@code published} or {@code restored 3}; null for edits
 */
public record Revision(
        String articleId,
        Lang lang,
        int number,
        Instant savedAt,
        String savedBy,
        EditionStatus status,
        Instant published,
        String title,
        String summary,
        String bodyMarkdown,
        String sourceHash,
        String note) {}
