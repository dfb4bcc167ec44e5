package org.tribune.editor;

import org.tribune.auth.Account;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.newsroom.EditionDraft;

/**
 * Who may write which edition: editors and admins any; authors the source edition of articles
 * they started, while it is a draft; translators the editions other than the source that are
 * assigned to them, or that nobody is assigned to when the article is open to translation.
 */
public final class EditingRights {
    private EditingRights() {}

    /**
     * @param article any edition of the article, for who started it, its source language and who
     *     translates what
     * @param status the edition's state; null for an edition not written yet
     */
    public static boolean mayWrite(Account who, EditionDraft article, Lang lang, EditionStatus status) {
        return switch (who.role()) {
            case ADMIN, EDITOR -> true;
            case TRANSLATOR ->
                lang != article.sourceLang()
                        && (who.username().equals(article.assignee(lang))
                                || article.assignee(lang) == null && article.openToTranslation());
            case AUTHOR ->
                lang == article.sourceLang()
                        && who.username().equals(article.createdBy())
                        && (status == null || status == EditionStatus.DRAFT);
        };
    }

    /** Starting an article: everyone but translators, who work on what exists. */
    public static boolean mayStartArticle(Account who) {
        return switch (who.role()) {
            case ADMIN, EDITOR, AUTHOR -> true;
            case TRANSLATOR -> false;
        };
    }
}
