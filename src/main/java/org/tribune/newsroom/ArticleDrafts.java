package org.tribune.newsroom;

import java.util.Map;
import java.util.Optional;
import org.tribune.content.Lang;

/**
 * Every edition of one article as the newsroom sees it, whatever their status, read together:
 * the newsroom's pages need the edition at hand, its source and its siblings at once.
 */
public record ArticleDrafts(String articleId, Map<Lang, EditionDraft> editions) {

    public ArticleDrafts {
        editions = Map.copyOf(editions);
    }

    public Optional<EditionDraft> in(Lang lang) {
        return Optional.ofNullable(editions.get(lang));
    }

    /** Whether the article exists at all. */
    public boolean exists() {
        return !editions.isEmpty();
    }

    /**
     * The edition that speaks for the article: its source when written, else any. Who started the
     * article, its source language and its assignments are the same in every edition.
     */
    public Optional<EditionDraft> representative() {
        return editions.values().stream().findFirst().map(any -> editions.getOrDefault(any.sourceLang(), any));
    }
}
