package org.tribune.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tribune.content.ContentService;
import org.tribune.content.EditionStamp;
import org.tribune.content.Lang;
import org.tribune.web.SitePaths;

/**
 * Every public page a search engine should know, per language, split into sitemap files: the
 * home pages, the topic and author pages, then each published edition.
 */
final class SitemapCatalog {
    /** The sitemap protocol's limit of URLs per file. */
    static final int MAX_URLS = 50_000;
    /**
     * URLs per file on this site, well under the limit: an edit of one article makes the export
     * render and write its whole file again (and a crawler fetch it again whole), so a file stays
     * small; with their alternates, 1,000 articles make a file of under a megabyte.
     */
    static final int URLS_PER_FILE = 1_000;

    private final Map<Lang, List<PageLanguageVersions>> byLang = new EnumMap<>(Lang.class);
    private final int pageSize;

    /** @param pages each with the languages it exists in; listed in this order */
    SitemapCatalog(List<PageLanguageVersions> pages, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_URLS) {
            throw new IllegalArgumentException("a sitemap holds 1 to " + MAX_URLS + " URLs, got " + pageSize);
        }
        this.pageSize = pageSize;
        for (Lang lang : Lang.values()) {
            byLang.put(lang, pages.stream().filter(p -> p.existsIn(lang)).toList());
        }
    }

    /** What readers can see now, in files of at most {@code pageSize} URLs. */
    static SitemapCatalog collect(ContentService content, int pageSize) {
        Map<String, Map<Lang, Instant>> articles = new LinkedHashMap<>();
        content.publishedStamps()
                .forEach(stamp -> articles.computeIfAbsent(stamp.articleId(), id -> new EnumMap<>(Lang.class))
                        .put(stamp.lang(), lastChange(stamp)));
        List<PageLanguageVersions> pages = new ArrayList<>();
        pages.add(new PageLanguageVersions(everyLanguage(SitePaths::home), latestPerLanguage(articles.values())));
        for (String key : content.topicKeysInUse()) {
            pages.add(new PageLanguageVersions(everyLanguage(lang -> SitePaths.topic(lang, key, 1)), Map.of()));
        }
        for (String key : content.authorKeysInUse()) {
            pages.add(new PageLanguageVersions(everyLanguage(lang -> SitePaths.author(lang, key, 1)), Map.of()));
        }
        articles.forEach((slug, lastmods) -> {
            Map<Lang, String> paths = new EnumMap<>(Lang.class);
            lastmods.keySet().forEach(lang -> paths.put(lang, SitePaths.article(lang, slug)));
            pages.add(new PageLanguageVersions(paths, lastmods));
        });
        return new SitemapCatalog(pages, pageSize);
    }

    /** How many sitemap files the language needs; one even when it has nothing yet. */
    int fileCount(Lang lang) {
        return Math.max(1, (byLang.get(lang).size() + pageSize - 1) / pageSize);
    }

    /** The pages in file {@code n} (from 1) of the language; empty past the last file. */
    List<PageLanguageVersions> file(Lang lang, int n) {
        List<PageLanguageVersions> all = byLang.get(lang);
        long from = (long) (n - 1) * pageSize;
        if (n < 1 || from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
    }

    /** The latest change among the pages of one file, if any of them has a date. */
    static Optional<Instant> lastmod(Lang lang, List<PageLanguageVersions> pages) {
        return pages.stream().flatMap(p -> p.lastmod(lang).stream()).max(Instant::compareTo);
    }

    /** Topic, author and home pages exist in every language, whatever their articles are written in. */
    private static Map<Lang, String> everyLanguage(Function<Lang, String> pathIn) {
        Map<Lang, String> paths = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            paths.put(lang, pathIn.apply(lang));
        }
        return paths;
    }

    private static Map<Lang, Instant> latestPerLanguage(Collection<Map<Lang, Instant>> articles) {
        Map<Lang, Instant> latest = new EnumMap<>(Lang.class);
        for (Map<Lang, Instant> lastmods : articles) {
            lastmods.forEach((lang, at) -> latest.merge(lang, at, (a, b) -> a.isAfter(b) ? a : b));
        }
        return latest;
    }

    private static Instant lastChange(EditionStamp stamp) {
        return stamp.updated().isAfter(stamp.published()) ? stamp.updated() : stamp.published();
    }
}
