package org.tribune.content;

import java.time.Instant;
import java.util.List;

/**
 * Every edition readers could see at {@code readAt}, read at content version {@code contentVersion}
 * or later: the stamps hold until the version moves or a dated edition's time comes
 * ({@link ContentService#unchangedSince}). What the search index records in its commits, so that
 * a restart knows whether it has anything to catch up on.
 */
public record PublishedEditions(long contentVersion, Instant readAt, List<EditionStamp> stamps) {
    public PublishedEditions {
        stamps = List.copyOf(stamps);
    }
}
