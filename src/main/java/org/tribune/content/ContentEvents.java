package org.tribune.content;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Records what a write did to what readers can see — an edition published, changed while
 * published, or withdrawn — in the writing transaction, for webhooks to tell subscribers.
 */
public final class ContentEvents {
    static final String PUBLISHED = "article.published";
    static final String UPDATED = "article.updated";
    static final String WITHDRAWN = "article.withdrawn";

    private ContentEvents() {}

    public static void record(Handle h, Optional<Edition> before, Edition after, Instant now) {
        boolean was = before.map(e -> e.status() == EditionStatus.PUBLISHED).orElse(false);
        boolean is = after.status() == EditionStatus.PUBLISHED;
        String type = !was && is
                ? PUBLISHED
                : was && !is ? WITHDRAWN : was && changedForReaders(before.get(), after) ? UPDATED : null;
        if (type != null) {
            ContentEventRepository.insert(h, type, after.articleId(), after.lang(), now);
        }
    }

    private static boolean changedForReaders(Edition before, Edition after) {
        return !before.sourceHash().equals(after.sourceHash())
                || !Objects.equals(before.published(), after.published());
    }
}
