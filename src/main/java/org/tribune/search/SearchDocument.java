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
 * @param sourceHash the edition's source hash, to tell when the index is behind the store (text can
 *     change without the edition's update time moving, e.g. when a derived edition is derived again)
 * @param authorKeys the authors' keys, for filtering by author
 * @param topicKeys the topics' keys, for filtering by topic
 */
public record SearchDocument(
        String articleId,
        Lang lang,
        String title,
        String summary,
        String body,
        List<String> authors,
        List<String> topics,
        Instant published,
        String sourceHash,
        List<String> authorKeys,
        List<String> topicKeys) {

    public SearchDocument {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        authorKeys = List.copyOf(authorKeys);
        topicKeys = List.copyOf(topicKeys);
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
    }

    /** A document without keys for filtering. */
    public SearchDocument(
            String articleId,
            Lang lang,
            String title,
            String summary,
            String body,
            List<String> authors,
            List<String> topics,
            Instant published,
            String sourceHash) {
        this(articleId, lang, title, summary, body, authors, topics, published, sourceHash, List.of(), List.of());
    }

    /** The document for an edition as readers see it. */
    public static SearchDocument of(ArticleView view) {
        Edition e = view.edition();
        return new SearchDocument(
                e.articleId(),
                e.lang(),
                e.title(),
                e.summary(),
                HtmlToPlainText.convert(e.bodyHtml()),
                view.authors().stream().map(Named::name).toList(),
                view.topics().stream().map(Named::name).toList(),
                e.published(),
                e.sourceHash(),
                view.authors().stream().map(Named::key).toList(),
                view.topics().stream().map(Named::key).toList());
    }
}
