package org.tribune.content;

import java.util.List;

/**
 * Two published editions of one article, for reading side by side: their bodies paired block by
 * block as the translation desk aligns them ({@link BlockAlignment}).
 *
 * @param first the edition the reader came from, shown first
 * @param second the edition read beside it
 * @param blocks the bodies' blocks in reading order, each rendered and sanitized; one side empty where the other has no counterpart
 */
public record SideBySide(ArticleView first, ArticleView second, List<BlockPair> blocks) {

    public SideBySide {
        blocks = List.copyOf(blocks);
    }

    /** A block of each edition that render the same source block: HTML, safe to emit as is; empty when absent. */
    public record BlockPair(String firstHtml, String secondHtml) {}
}
