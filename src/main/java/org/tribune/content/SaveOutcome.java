package org.tribune.content;

/** What saving an edition did; re-saving the same content is {@link #UNCHANGED}. */
public enum SaveOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
