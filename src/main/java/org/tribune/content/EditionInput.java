package org.tribune.content;

import java.time.Instant;
import java.util.List;

/**
 * An edition as written or imported, before Tribune renders and stores it. Text is untrusted.
 *
 * @param published when readers may see it; null keeps it unpublished
 * @param updated the last change the writer made; defaults to {@code published}
 */
public record EditionInput(
        String articleId,
        Lang lang,
        String title,
        String summary,
        String bodyMarkdown,
        Instant published,
        Instant updated,
        List<Named> authors,
        List<Named> topics) {

    public EditionInput {
        authors = authors == null ? List.of() : List.copyOf(authors);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
