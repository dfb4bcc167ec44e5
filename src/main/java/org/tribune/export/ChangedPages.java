package org.tribune.export;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.tribune.content.SiteStamps;
import org.tribune.content.SiteStamps.ArticleStamp;

/**
 * The exported files that can differ between the site an earlier export saw and the site now.
 * A page shows an article, an author or a topic exactly where it links to it (teasers, bylines,
 * related articles, the language switch, sitemaps and feeds all link), so an edit reaches the
 * edited pages and the pages linking to them. Listings are the exception: an article that comes,
 * goes, changes date, authors or topics moves others along every page of the listings it is in,
 * so then every page but the article pages is fetched again.
 */
final class ChangedPages {
    /** Depends on the clock, not only on content: fetched every time. */
    private static final String NEWS_SITEMAP = "sitemaps/news.xml";

    private static final String SITEMAP_INDEX = "sitemap.xml";

    private ChangedPages() {}

    /** Files of {@code before} to fetch again, given the site's state {@code now}. */
    static Set<String> between(ExportManifest before, SiteStamps now) {
        SiteStamps then = before.stamps();
        if (then.site() != now.site()) {
            return before.pages().keySet();
        }
        Set<String> subjects = new HashSet<>();
        changed(then.articles(), now.articles(), ArticleStamp::content).forEach(key -> subjects.add("articles/" + key));
        changed(then.authors(), now.authors(), stamp -> stamp).forEach(key -> subjects.add("authors/" + key));
        changed(then.topics(), now.topics(), stamp -> stamp).forEach(key -> subjects.add("topics/" + key));
        Set<String> changed = before.pagesAbout(subjects);
        Set<String> again = new HashSet<>(changed);
        again.addAll(before.pagesLinkingTo(changed));
        if (!changed(then.articles(), now.articles(), ArticleStamp::membership).isEmpty()) {
            for (String file : before.pages().keySet()) {
                String subject = PageIndex.subjectOf(file);
                if (subject == null || !subject.startsWith("articles/")) {
                    again.add(file);
                }
            }
        }
        // The news sitemap follows the clock (its last 48 hours), not only the content; it goes
        // before the index, which lists it only while it has entries.
        if (before.pages().containsKey(NEWS_SITEMAP)) {
            again.add(NEWS_SITEMAP);
        }
        // The index shows when each sitemap file last changed, and it links to the files, not to the pages in them.
        if (before.pages().containsKey(SITEMAP_INDEX)
                && again.stream().anyMatch(file -> file.startsWith("sitemaps/"))) {
            again.add(SITEMAP_INDEX);
        }
        return again;
    }

    /** Keys whose stamp differs, or that are only on one side. */
    private static <S> Set<String> changed(Map<String, S> then, Map<String, S> now, Function<S, ?> part) {
        Set<String> keys = new HashSet<>();
        then.forEach((key, stamp) -> {
            S current = now.get(key);
            if (current == null || !Objects.equals(part.apply(stamp), part.apply(current))) {
                keys.add(key);
            }
        });
        now.keySet().stream().filter(key -> !then.containsKey(key)).forEach(keys::add);
        return keys;
    }
}
