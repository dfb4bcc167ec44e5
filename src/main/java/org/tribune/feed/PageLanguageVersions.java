package org.tribune.feed;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.tribune.content.Lang;

/**
 * One page in every language it exists in: the unit hreflang alternates describe. Each language's
 * sitemap lists the page with this same set of alternates, which makes them reciprocal by
 * construction.
 *
 * @param paths the page's path in each language it exists in
 * @param lastmods the last change in each language, where one is known
 */
record PageLanguageVersions(Map<Lang, String> paths, Map<Lang, Instant> lastmods) {
    PageLanguageVersions {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a page exists in at least one language");
        }
        paths = Map.copyOf(paths);
        lastmods = Map.copyOf(lastmods);
    }

    boolean existsIn(Lang lang) {
        return paths.containsKey(lang);
    }

    String path(Lang lang) {
        return paths.get(lang);
    }

    Optional<Instant> lastmod(Lang lang) {
        return Optional.ofNullable(lastmods.get(lang));
    }

    /**
     * The version for readers whose language the page lacks: English when it exists, else the
     * first that does, so every language names the same one.
     */
    Lang xDefault() {
        return Arrays.stream(Lang.values()).filter(this::existsIn).findFirst().orElseThrow();
    }
}
