package org.tribune.demo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.tribune.content.Lang;

/** One line of the corpus: an article in one language. Field order is pinned so the bytes never depend on Jackson. */
@JsonPropertyOrder({"id", "lang", "title", "summary", "published", "updated", "authors", "topics", "body"})
record EditionLine(
        String id,
        String lang,
        String title,
        String summary,
        String published,
        String updated,
        List<NamedRef> authors,
        List<NamedRef> topics,
        String body) {

    static EditionLine of(CorpusArticle article, Lang lang) {
        return new EditionLine(
                article.id(),
                lang.tag(),
                article.title().in(lang),
                article.summary().in(lang),
                article.published().toString(),
                article.updated().toString(),
                article.authors().stream()
                        .map(a -> new NamedRef(a.key(), a.name().in(lang)))
                        .toList(),
                article.topics().stream()
                        .map(t -> new NamedRef(t.key(), t.name().in(lang)))
                        .toList(),
                article.body().in(lang));
    }
}
