package org.tribune.editor;

import java.util.Locale;

/**
 * One row of the translation desk: a block of the source as it is now, the translation's block
 * beside it, and, when the source block changed since the translation was made, what it said then.
 *
 * @param key identifies the source block's current text, for marking it done
 * @param change whether the source block is the same, changed, new or removed since the translation
 * @param previousSource the source block's text when the translation was made; null unless changed
 * @param diffHtml the change from {@code previousSource} to {@code source}, marked and escaped; null unless changed
 */
public record DeskRow(
        int index,
        String key,
        String source,
        String translation,
        Change change,
        String previousSource,
        String diffHtml,
        boolean done) {

    public enum Change {
        SAME,
        CHANGED,
        NEW,
        REMOVED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    DeskRow withTranslation(String text) {
        return new DeskRow(index, key, source, text, change, previousSource, diffHtml, done);
    }

    /** Highlighted for the translator: changed or new, and not yet marked done. */
    public boolean needsWork() {
        return change != Change.SAME && !done;
    }
}
