package org.tribune.search;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * How far the index has followed the store, recorded in the user data of each index commit: every
 * edition readers could see at {@code readAt} under content version {@code contentVersion} is in
 * the index as it was then. A restart that finds the store still at that version, with no dated
 * edition come into view since, has nothing to catch up on; otherwise it compares source hashes
 * and indexes only what differs. An index being rebuilt records no position until it is complete.
 */
record IndexPosition(long contentVersion, Instant readAt) {
    private static final String CONTENT_VERSION = "tribune.content_version";
    private static final String READ_AT = "tribune.read_at";

    /** The position recorded in a commit's user data, if it records one that can be read. */
    static Optional<IndexPosition> of(Map<String, String> commitData) {
        String version = commitData.get(CONTENT_VERSION);
        String readAt = commitData.get(READ_AT);
        if (version == null || readAt == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new IndexPosition(Long.parseLong(version), Instant.ofEpochMilli(Long.parseLong(readAt))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void writeTo(Map<String, String> commitData) {
        commitData.put(CONTENT_VERSION, Long.toString(contentVersion));
        commitData.put(READ_AT, Long.toString(readAt.toEpochMilli()));
    }
}
