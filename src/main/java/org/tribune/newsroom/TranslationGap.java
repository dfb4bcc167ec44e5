package org.tribune.newsroom;

import java.util.List;

/**
 * What a translation still lacks: the body blocks that read as the source (numbered from 1) and how
 * many of the source's blocks changed since the translation was made from it.
 */
public record TranslationGap(List<Integer> untranslated, int behindBlocks) {
    public static final TranslationGap NONE = new TranslationGap(List.of(), 0);

    public TranslationGap {
        untranslated = List.copyOf(untranslated);
    }

    public int untranslatedCount() {
        return untranslated.size();
    }
}
