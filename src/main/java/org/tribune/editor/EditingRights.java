package org.tribune.editor;

import java.util.Arrays;
import org.tribune.auth.Account;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.newsroom.EditionDraft;
import org.tribune.newsroom.NewsroomOverview;

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

    /**
     * Who may see which edition, in any status: editors and admins every one; authors every edition
     * of the articles they started; translators the editions they may write and the source those
     * are translated from.
     *
     * @param article any edition of the article, for who started it and who translates what
     */
    public static boolean mayRead(Account who, EditionDraft article, Lang lang) {
        return switch (who.role()) {
            case ADMIN, EDITOR -> true;
            case AUTHOR -> who.username().equals(article.createdBy());
            case TRANSLATOR ->
                lang == article.sourceLang()
                        ? Arrays.stream(Lang.values())
                                .anyMatch(other -> other != article.sourceLang() && mayWrite(who, article, other, null))
                        : mayWrite(who, article, lang, null);
        };
    }

    /** What the dashboard lists for this person: the articles whose editions they may see. */
    public static NewsroomOverview.Viewer viewer(Account who) {
        return switch (who.role()) {
            case ADMIN, EDITOR -> NewsroomOverview.Viewer.everything();
            case AUTHOR -> new NewsroomOverview.Viewer(who.username(), NewsroomOverview.Scope.STARTED);
            case TRANSLATOR -> new NewsroomOverview.Viewer(who.username(), NewsroomOverview.Scope.TRANSLATING);
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
