package org.tribune.site;

import java.util.List;
import org.tribune.content.Lang;
import org.tribune.content.SideBySide;
import org.tribune.web.Layout;

/**
 * Two editions of an article read side by side.
 *
 * @param first the page's own edition (its language is the page's)
 * @param second the edition beside it
 * @param blocks the bodies' blocks in pairs, HTML sanitized when rendered; emitted as is
 */
public record SideBySidePage(
        Layout layout,
        Column first,
        Column second,
        String published,
        String publishedIso,
        List<Link> authors,
        List<SideBySide.BlockPair> blocks) {

    public SideBySidePage {
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
    }

    /**
     * One edition's column heading.
     *
     * @param href the edition's own page
     * @param linkLabel what the link to that page says, in the page's language
     */
    public record Column(Lang lang, String title, String summary, String href, String linkLabel) {}
}
