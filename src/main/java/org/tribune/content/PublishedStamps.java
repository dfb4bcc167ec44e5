package org.tribune.content;

import java.time.Instant;
import java.util.List;

/**
 * The stamps of every edition readers can see, read once per state of the store and shared by
 * all that go through them after a change: the search index's sync, the site's stamps behind the
 * static export, the sitemaps. Each read them on its own, three passes over every published
 * edition per edit. A reading holds until the store's content version moves (a write here or in
 * another process) or the time of the next edition already scheduled comes; it takes a few
 * megabytes for ten thousand articles.
 */
final class PublishedStamps {
    private record Reading(long version, Instant at, Instant until, List<EditionStamp> stamps) {
        boolean holdsAt(long currentVersion, Instant now) {
            return version == currentVersion && !now.isBefore(at) && now.isBefore(until);
        }
    }

    private final ArticleRepository articles;
    private final EditionRepository editions;
    private volatile Reading last;

    PublishedStamps(ArticleRepository articles, EditionRepository editions) {
        this.articles = articles;
        this.editions = editions;
    }

    /** Every edition readers can see at {@code now}, the editions of one article together (slug order). */
    List<EditionStamp> asOf(Instant now) {
        return readingAsOf(now).stamps();
    }

    /** As {@link #asOf}, with the content version and the time of the reading they come from. */
    PublishedEditions editionsAsOf(Instant now) {
        Reading reading = readingAsOf(now);
        return new PublishedEditions(reading.version(), reading.at(), reading.stamps());
    }

    private Reading readingAsOf(Instant now) {
        // The version before the rows: a write in between leaves a reading newer than its version,
        // which the next call reads again; never one older.
        long version = articles.contentVersion();
        Reading known = last;
        if (known == null || !known.holdsAt(version, now)) {
            known = new Reading(
                    version,
                    now,
                    editions.nextPublication(now).orElse(Instant.MAX),
                    List.copyOf(editions.listPublishedStamps(now)));
            last = known;
        }
        return known;
    }
}
