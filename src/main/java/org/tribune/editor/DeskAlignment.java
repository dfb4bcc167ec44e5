package org.tribune.editor;

import com.github.difflib.text.DiffRowGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.tribune.content.BlockAlignment;
import org.tribune.editor.DeskRow.Change;

/**
 * The translation desk's rows: the block alignment readers see too ({@link BlockAlignment}), with
 * what the translator needs besides, a key per block to mark it done, the inline change of each
 * changed block, and blocks left unfinished at an earlier visit still waiting.
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
        for (BlockAlignment.Row row : BlockAlignment.align(earlier, current, translation)) {
            int index = rows.size();
            String text = row.source();
            String old = row.previousSource();
            rows.add(
                    switch (row.change()) {
                        case SAME -> same(index, text, row.translation(), pending, done);
                        case CHANGED ->
                            new DeskRow(
                                    index,
                                    key(text),
                                    text,
                                    row.translation(),
                                    Change.CHANGED,
                                    old,
                                    inlineDiff(old, text),
                                    done.contains(key(text)));
                        case NEW ->
                            new DeskRow(index, key(text), text, "", Change.NEW, null, null, done.contains(key(text)));
                        case REMOVED ->
                            new DeskRow(
                                    index,
                                    "removed-" + key(old),
                                    "",
                                    row.translation(),
                                    Change.REMOVED,
                                    old,
                                    null,
                                    done.contains("removed-" + key(old)));
                        case EXTRA ->
                            new DeskRow(
                                    index,
                                    "extra-" + key(row.translation()),
                                    "",
                                    row.translation(),
                                    Change.REMOVED,
                                    null,
                                    null,
                                    done.contains("extra-" + key(row.translation())));
                    });
        }
        return rows;
    }

    private static DeskRow same(int index, String text, String translated, Set<String> pending, Set<String> done) {
        String key = key(text);
        // Unchanged since the last visit but not finished then: still waiting.
        Change change = pending.contains(key) ? Change.CHANGED : Change.SAME;
        return new DeskRow(index, key, text, translated, change, null, null, done.contains(key));
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
