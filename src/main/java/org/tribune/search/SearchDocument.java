package org.tribune.search;

import java.time.Instant;
import java.util.List;
import org.tribune.content.ArticleView;
import org.tribune.content.Edition;
import org.tribune.content.Lang;
import org.tribune.content.Named;

/**
 * What the index holds of one published edition.
 *
 * @param body the body as plain text (no markup)
 * @param updated the writer's last change
 * @param sourceHash the edition's source hash, to tell when the index is behind the store (text can
 *     change without {@code updated} moving, e.g. when a derived edition is derived again)
 */
public record SearchDocument(
        String articleId, Lang lang, String title, String summary, String body, List<String> authors,
        List<String> topics, Instant published, Instant updated, String sourceHash) {

    public SearchDocument {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        updated = updated == null ? published : updated;
    }

    /** The document for an edition as readers see it. */
    public static SearchDocument of(ArticleView view) {
        Edition e = view.edition();
        return new SearchDocument(e.articleId(), e.lang(), e.title(), e.summary(), PlainText.fromHtml(e.bodyHtml()),
                view.authors().stream().map(Named::name).toList(), view.topics().stream().map(Named::name).toList(),
                e.published(), e.updated(), e.sourceHash());
    }
}
