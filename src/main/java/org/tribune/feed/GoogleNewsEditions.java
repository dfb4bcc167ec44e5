package org.tribune.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tribune.content.ContentService;
import org.tribune.content.EditionTeaser;
import org.tribune.content.Lang;
import org.tribune.content.Listing;
import org.tribune.content.ListingPage;

/** The editions a Google News sitemap lists: published within the last 48 hours, newest first. */
final class GoogleNewsEditions {
    /** Google News reads only articles from the last two days. */
    static final Duration WINDOW = Duration.ofHours(48);
    /** Google News reads at most 1,000 URLs per news sitemap. */
    static final int MAX = 1_000;

    private final ContentService content;
    private final Clock clock;

    GoogleNewsEditions(ContentService content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    List<EditionTeaser> recent() {
        Instant since = clock.instant().minus(WINDOW);
        List<EditionTeaser> recent = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            recent.addAll(since(lang, since));
        }
        recent.sort(Comparator.comparing(EditionTeaser::published).reversed());
        return recent.size() > MAX ? List.copyOf(recent.subList(0, MAX)) : recent;
    }

    /** Pages through the language's listing, newest first, until an edition is older than {@code since}. */
    private List<EditionTeaser> since(Lang lang, Instant since) {
        List<EditionTeaser> found = new ArrayList<>();
        for (int page = 1; found.size() < MAX; page++) {
            ListingPage listed = content.listing(new Listing.All(), lang, page);
            for (EditionTeaser teaser : listed.items()) {
                if (!teaser.published().isAfter(since)) {
                    return found;
                }
                found.add(teaser);
            }
            if (!listed.hasNext()) {
                break;
            }
        }
        return found;
    }
}
