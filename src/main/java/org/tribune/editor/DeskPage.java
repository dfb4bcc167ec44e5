package org.tribune.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tribune.content.Lang;
import org.tribune.web.AdminLayout;

/**
 * The translation desk: the source's blocks on the left, the translation's on the right.
 *
 * @param earlierKnown whether the source text the translation was made from is on record; when it
 *     is not, changes cannot be shown block by block
 * @param error why the last save was refused; null otherwise
 */
public record DeskPage(
        AdminLayout layout,
        String articleId,
        Lang sourceLang,
        Lang lang,
        DeskRow title,
        DeskRow summary,
        List<DeskRow> blocks,
        boolean behind,
        boolean earlierKnown,
        boolean saved,
        boolean mayWrite,
        String error) {

    public String base() {
        return AdminPaths.edition(articleId, lang);
    }

    /** The same desk showing what was typed, after a refused save. */
    DeskPage typed(String typedTitle, String typedSummary, List<String> typedBlocks, String reason) {
        List<DeskRow> rows = new ArrayList<>();
        for (DeskRow row : blocks) {
            rows.add(row.withTranslation(row.index() < typedBlocks.size() ? typedBlocks.get(row.index()) : ""));
        }
        return new DeskPage(
                layout,
                articleId,
                sourceLang,
                lang,
                title.withTranslation(typedTitle),
                summary.withTranslation(typedSummary),
                rows,
                behind,
                earlierKnown,
                false,
                mayWrite,
                reason);
    }

    public long waiting() {
        return Stream.concat(Stream.of(title, summary), blocks.stream())
                .filter(DeskRow::needsWork)
                .count();
    }
}
