package org.tribune.editor;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.text.DiffRowGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.tribune.editor.DeskRow.Change;

/**
 * Lines up a translation with the current source, block by block. The translation's blocks follow
 * an earlier source text (the one it was made from, or last aligned to on the desk); a diff of that
 * text against the current one says which current blocks are the same, changed or new, and which
 * earlier blocks are gone, so each translated block lands beside the source block it renders.
 */
final class DeskAlignment {
    private static final DiffRowGenerator INLINE = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private DeskAlignment() {}

    /**
     * @param earlier the source blocks the translation follows
     * @param current the source blocks now
     * @param translation the translation's blocks, in the order of {@code earlier}
     * @param pending keys of current blocks still waiting, from an unfinished visit to the desk
     * @param done keys of current blocks the translator marked done
     */
    static List<DeskRow> align(
            List<String> earlier,
            List<String> current,
            List<String> translation,
            Set<String> pending,
            Set<String> done) {
        List<DeskRow> rows = new ArrayList<>();
        int before = 0;
        int now = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(earlier, current).getDeltas()) {
            while (before < delta.getSource().getPosition()) {
                rows.add(same(rows.size(), current.get(now++), at(translation, before++), pending, done));
            }
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            for (int k = 0; k < Math.max(removed, added); k++) {
                if (k < removed && k < added) {
                    String old = earlier.get(before);
                    String text = current.get(now);
                    rows.add(new DeskRow(
                            rows.size(),
                            key(text),
                            text,
                            at(translation, before),
                            Change.CHANGED,
                            old,
                            inlineDiff(old, text),
                            done.contains(key(text))));
                } else if (k < added) {
                    String text = current.get(now);
                    rows.add(new DeskRow(
                            rows.size(), key(text), text, "", Change.NEW, null, null, done.contains(key(text))));
                } else {
                    String old = earlier.get(before);
                    rows.add(new DeskRow(
                            rows.size(),
                            "removed-" + key(old),
                            "",
                            at(translation, before),
                            Change.REMOVED,
                            old,
                            null,
                            done.contains("removed-" + key(old))));
                }
                before += k < removed ? 1 : 0;
                now += k < added ? 1 : 0;
            }
        }
        while (now < current.size()) {
            rows.add(same(rows.size(), current.get(now++), at(translation, before++), pending, done));
        }
        // Translated blocks beyond the source's end are kept, for the translator to place or drop.
        while (before < translation.size()) {
            String extra = translation.get(before++);
            rows.add(new DeskRow(
                    rows.size(),
                    "extra-" + key(extra),
                    "",
                    extra,
                    Change.REMOVED,
                    null,
                    null,
                    done.contains("extra-" + key(extra))));
        }
        return rows;
    }

    private static DeskRow same(int index, String text, String translated, Set<String> pending, Set<String> done) {
        String key = key(text);
        // Unchanged since the last visit but not finished then: still waiting.
        Change change = pending.contains(key) ? Change.CHANGED : Change.SAME;
        return new DeskRow(index, key, text, translated, change, null, null, done.contains(key));
    }

    private static String at(List<String> blocks, int index) {
        return index < blocks.size() ? blocks.get(index) : "";
    }

    static String inlineDiff(String old, String text) {
        var rows = INLINE.generateDiffRows(old.lines().toList(), text.lines().toList());
        StringBuilder html = new StringBuilder();
        for (var row : rows) {
            if (!html.isEmpty()) {
                html.append("<br>");
            }
            html.append(
                    row.getOldLine().equals(row.getNewLine())
                            ? row.getNewLine()
                            : row.getOldLine()
                                    + (row.getOldLine().isEmpty()
                                                    || row.getNewLine().isEmpty()
                                            ? ""
                                            : " → ")
                                    + row.getNewLine());
        }
        return html.toString();
    }

    /** A short, stable name for a block's text. */
    static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
