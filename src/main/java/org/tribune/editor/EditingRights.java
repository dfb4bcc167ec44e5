package org.tribune.editor;

import org.tribune.auth.Account;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;

/**
 * Who may write which edition: editors and admins any; authors the source edition of articles
 * they started, while it is a draft; translators any edition that is not the source.
 */
public final class EditingRights {
    private EditingRights() {}

    /**
     * @param createdBy who started the article; null for imported articles (and for a new one)
     * @param status the edition's state; null for an edition not written yet
     */
    public static boolean mayWrite(Account who, String createdBy, Lang sourceLang, Lang lang, EditionStatus status) {
        return switch (who.role()) {
            case ADMIN, EDITOR -> true;
            case TRANSLATOR -> lang != sourceLang;
            case AUTHOR -> lang == sourceLang && who.username().equals(createdBy)
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
