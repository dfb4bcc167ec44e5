package org.tribune.content;

import java.time.Instant;
import java.util.List;

/**
 * What a listing shows of an edition: enough for a card, without the body.
 *
 * @param image the article's image, for a thumbnail; null when it has none (or was not read)
 */
public record EditionTeaser(
        String articleId,
        Lang lang,
        String title,
        String summary,
        Instant published,
        List<Named> authors,
        ArticleImage image) {

    public EditionTeaser {
        authors = List.copyOf(authors);
    }

    public EditionTeaser(
            String articleId, Lang lang, String title, String summary, Instant published, List<Named> authors) {
        this(articleId, lang, title, summary, published, authors, null);
    }

    EditionTeaser withAuthorsAndImage(List<Named> bylines, ArticleImage picture) {
        return new EditionTeaser(articleId, lang, title, summary, published, bylines, picture);
    }
}
