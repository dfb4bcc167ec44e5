package org.tribune.content;

import java.util.Set;

/**
 * A glossary override: {@code term} as written in Simplified Chinese comes out as
 * {@code replacement} in derived Traditional editions of {@code region} (tw, hk, or all).
 */
public record GlossaryEntry(String term, String replacement, String region) {
    public static final String ALL_REGIONS = "all";
    private static final Set<String> REGIONS = Set.of(ALL_REGIONS, "tw", "hk");

    public GlossaryEntry {
        if (term == null || term.isBlank() || term.length() > 100) {
            throw new InvalidContent("term", "expected 1 to 100 characters");
        }
        if (replacement == null || replacement.isBlank() || replacement.length() > 200) {
            throw new InvalidContent("replacement", "expected 1 to 200 characters");
        }
        if (!REGIONS.contains(region)) {
            throw new InvalidContent("variant", "expected all, tw or hk, got '" + region + "'");
        }
        term = term.strip();
        replacement = replacement.strip();
    }
}
