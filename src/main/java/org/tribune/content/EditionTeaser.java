package org.tribune.content;

import java.time.Instant;
import java.util.List;

/** What a listing shows of an edition: enough for a card, without the body. */
public record EditionTeaser(
        String articleId, Lang lang, String title, String summary, Instant published, List<Named> authors) {

    public EditionTeaser {
        authors = List.copyOf(authors);
    }

    EditionTeaser withAuthors(List<Named> bylines) {
        return new EditionTeaser(articleId, lang, title, summary, published, bylines);
    }
}
