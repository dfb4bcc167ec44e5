package org.tribune.content;

import java.util.List;

/**
 * What saving an edition did, and the author and topic names it gave that were not applied.
 *
 * @param ignoredNames names that differ from the entities' own; empty when every name matched
 */
public record SaveResult(SaveOutcome outcome, List<IgnoredName> ignoredNames) {
    public SaveResult {
        ignoredNames = List.copyOf(ignoredNames);
    }
}
