package org.tribune.content;

import java.util.Locale;

/** Where an edition stands in the newsroom's workflow; only {@link #PUBLISHED} reaches readers. */
public enum EditionStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    WITHDRAWN;

    /** The value stored in the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EditionStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
