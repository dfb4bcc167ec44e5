package org.tribune.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines a translation's blocks up with the current source's blocks. The translation's blocks
 * follow an earlier source text (the one it was made from); a diff of that text against the
 * current one says which current blocks are the same, changed or new, and which earlier blocks
 * are gone, so each translated block lands beside the source block it renders. The translation
 * desk shows these rows to translators; side-by-side reading shows them to readers.
 *
 * <pre>{@code
 * List<BlockAlignment.Row> rows = BlockAlignment.align(
 *         MarkdownBlocks.split(madeFrom), MarkdownBlocks.split(sourceNow), MarkdownBlocks.split(translation));
 * }</pre>
 */
public final class BlockAlignment {
    private BlockAlignment() {}

    /** What became of a source block since the translation was made. */
    public enum Change {
        /** The source block is as it was: the translated block renders it. */
        SAME,
        /** The source block was rewritten: the translated block renders its earlier text. */
        CHANGED,
        /** The source block is new: nothing renders it yet. */
        NEW,
        /** The source block is gone: the translated block renders text the source no longer has. */
        REMOVED,
        /** A translated block beyond the earlier source's end: it renders no source block. */
        EXTRA
    }

    /**
     * One row: a current source block and the translated block beside it.
     *
     * @param sourceIndex the source block's index among the current blocks; -1 for {@link Change#REMOVED} and {@link Change#EXTRA}
     * @param source the current source block; empty for {@link Change#REMOVED} and {@link Change#EXTRA}
     * @param translation the translated block; empty when there is none
     * @param previousSource the source block's text when the translation was made; null unless changed or removed
     */
    public record Row(int sourceIndex, String source, String translation, Change change, String previousSource) {}

    /**
     * @param earlier the source blocks the translation follows
     * @param current the source blocks now
     * @param translation the translation's blocks, in the order of {@code earlier}
     * @return every current source block in order, with removed and extra translated blocks where they stood
     */
    public static List<Row> align(List<String> earlier, List<String> current, List<String> translation) {
        List<Row> rows = new ArrayList<>();
        int before = 0;
        int now = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(earlier, current).getDeltas()) {
            while (before < delta.getSource().getPosition()) {
                rows.add(new Row(now, current.get(now++), at(translation, before++), Change.SAME, null));
            }
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            for (int k = 0; k < Math.max(removed, added); k++) {
                if (k < removed && k < added) {
                    rows.add(new Row(
                            now, current.get(now), at(translation, before), Change.CHANGED, earlier.get(before)));
                } else if (k < added) {
                    rows.add(new Row(now, current.get(now), "", Change.NEW, null));
                } else {
                    rows.add(new Row(-1, "", at(translation, before), Change.REMOVED, earlier.get(before)));
                }
                before += k < removed ? 1 : 0;
                now += k < added ? 1 : 0;
            }
        }
        while (now < current.size()) {
            rows.add(new Row(now, current.get(now++), at(translation, before++), Change.SAME, null));
        }
        // Translated blocks beyond the source's end are kept, for the translator to place or drop.
        while (before < translation.size()) {
            rows.add(new Row(-1, "", translation.get(before++), Change.EXTRA, null));
        }
        return rows;
    }

    private static String at(List<String> blocks, int index) {
        return index < blocks.size() ? blocks.get(index) : "";
    }
}
