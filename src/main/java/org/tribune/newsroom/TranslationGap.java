package org.tribune.newsroom;

import java.util.List;

/**
 * What a translation still lacks: the body blocks that read as the source (numbered from 1), how
 * many of the source's blocks changed since the translation was made from it, and whether its
 * title and summary read as the source's ({@code untranslatedFields}: "title", "summary").
 */
public record TranslationGap(List<Integer> untranslated, int behindBlocks, List<String> untranslatedFields) {
    public static final TranslationGap NONE = new TranslationGap(List.of(), 0);

    public TranslationGap {
        untranslated = List.copyOf(untranslated);
        untranslatedFields = List.copyOf(untranslatedFields);
    }

    /** The blocks alone, with title and summary translated. */
    public TranslationGap(List<Integer> untranslated, int behindBlocks) {
        this(untranslated, behindBlocks, List.of());
    }

    /** Untranslated blocks, and the title and summary when they are. */
    public int untranslatedCount() {
        return untranslated.size() + untranslatedFields.size();
    }
}
