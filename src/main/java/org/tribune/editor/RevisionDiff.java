package org.tribune.editor;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tribune.content.Revision;

/**
 * Two revisions side by side, line by line, with the changed characters marked. Text is
 * HTML-escaped by the generator before the marks are added, so rows are safe to emit as they are.
 */
public final class RevisionDiff {
    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .mergeOriginalRevised(false)
            .inlineDiffByWord(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private RevisionDiff() {}

    /** One line of the comparison; {@code kind} is equal, insert, delete or change. */
    public record Row(String kind, String oldHtml, String newHtml) {}

    static List<Row> between(Revision older, Revision newer) {
        List<Row> rows = new ArrayList<>();
        for (DiffRow row : GENERATOR.generateDiffRows(lines(older), lines(newer))) {
            rows.add(new Row(row.getTag().name().toLowerCase(Locale.ROOT), row.getOldLine(), row.getNewLine()));
        }
        return rows;
    }

    /** Title, summary and body as one text, so a change to any shows. */
    private static List<String> lines(Revision r) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + r.title());
        lines.add("");
        lines.addAll(r.summary().lines().toList());
        lines.add("");
        lines.addAll(r.bodyMarkdown().lines().toList());
        return lines;
    }
}
