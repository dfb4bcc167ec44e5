package org.tribune.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order of each listing's articles (newest first), read whole once per state of the store and
 * shared by all of that listing's pages: a page then reads only its own ten teasers. Counting the
 * listing and skipping to a page's offset in SQL, for each page, costs the whole listing every
 * time, and a site's listings have thousands of pages (the static export renders them all). The
 * order comes from the same SQL as a page's, so both databases sort as they always did.
 *
 * <p>A reading holds, like {@link PublishedStamps}', until the store's content version moves or the
 * time of the next edition already scheduled comes; each listing in each language takes one
 * string reference per article it lists.
 */
final class ListingOrders {
    private record Key(Listing listing, Lang lang) {}

    private record State(long version, Instant at, Instant until, Map<Key, List<String>> orders) {
        boolean holdsAt(long currentVersion, Instant now) {
            return version == currentVersion && !now.isBefore(at) && now.isBefore(until);
        }
    }

    private final ArticleRepository articles;
    private final EditionRepository editions;
    private volatile State last;

    ListingOrders(ArticleRepository articles, EditionRepository editions) {
        this.articles = articles;
        this.editions = editions;
    }

    /** The ids of every article the listing shows in {@code lang} at {@code now}, in the listing's order. */
    List<String> of(Listing listing, Lang lang, Instant now) {
        // The version before the rows: a write in between leaves a reading newer than its version,
        // which the next call reads again; never one older.
        long version = articles.contentVersion();
        State known = last;
        if (known == null || !known.holdsAt(version, now)) {
            known = new State(
                    version, now, editions.nextPublication(now).orElse(Instant.MAX), new ConcurrentHashMap<>());
            last = known;
        }
        return known.orders()
                .computeIfAbsent(new Key(listing, lang), key -> List.copyOf(editions.listedIds(listing, lang, now)));
    }
}
