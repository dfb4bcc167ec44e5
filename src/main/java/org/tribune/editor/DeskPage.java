package org.tribune.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.tribune.content.Lang;
import org.tribune.content.UntranslatedBlocks;
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
        String error,
        Set<String> keptKeys) {

    public DeskPage {
        keptKeys = Set.copyOf(keptKeys);
    }

    /** The translated block beside {@code row} still reads as the source, and nobody marked it keep as is. */
    public boolean untranslated(DeskRow row) {
        return readsAsSource(row) && !kept(row);
    }

    /** Whether {@code row}'s translated block is the source's text, kept or not: the rows that offer "keep as is". */
    public boolean readsAsSource(DeskRow row) {
        String typed = row.translation().strip();
        return !typed.isEmpty()
                && typed.codePoints().anyMatch(Character::isLetter)
                && (typed.equals(row.source().strip())
                        || (row.previousSource() != null
                                && typed.equals(row.previousSource().strip())));
    }

    /** The translated title or summary ({@code field}) still reads as the source's, and nobody marked it keep as is. */
    public boolean untranslatedField(String field, DeskRow row) {
        return readsAsSource(row) && !keptField(field, row);
    }

    public boolean keptField(String field, DeskRow row) {
        return keptKeys.contains(UntranslatedBlocks.fieldKey(field, row.translation()));
    }

    public boolean kept(DeskRow row) {
        return keptKeys.contains(UntranslatedBlocks.key(row.translation()));
    }

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
                reason,
                keptKeys);
    }

    public long waiting() {
        return Stream.concat(Stream.of(title, summary), blocks.stream())
                .filter(DeskRow::needsWork)
                .count();
    }
}
