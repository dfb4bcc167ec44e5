package org.tribune.editor;

import java.util.List;
import org.tribune.auth.Account;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.web.AdminLayout;

/**
 * The edition editor.
 *
 * @param articleId empty when starting a new article
 * @param status null for an edition not saved yet
 * @param error the message for a refused save; null otherwise
 * @param behindSource a translation whose source changed since it was made
 * @param newSlug for a new article, the address typed so far
 * @param assignment who translates this edition, for an editor to change; null for sources and new articles
 * @param authorChoices the authors' pickers' suggestions, {@code Name (key)} for each name in each language
 * @param topicChoices the same for topics
 */
public record EditPage(
        AdminLayout layout,
        String articleId,
        Lang lang,
        EditionStatus status,
        EditionForm form,
        String error,
        boolean saved,
        boolean translation,
        boolean behindSource,
        List<EditionLink> editions,
        List<ActionButton> actions,
        String previewHtml,
        boolean mayWrite,
        String newSlug,
        Assignment assignment,
        List<String> authorChoices,
        List<String> topicChoices) {

    public boolean newArticle() {
        return articleId.isEmpty();
    }

    public String formAction() {
        return newArticle() ? "/admin/articles" : base();
    }

    public String base() {
        return AdminPaths.edition(articleId, lang);
    }

    public String statusKey() {
        return status == null ? "admin.status.new" : "admin.status." + status.code();
    }

    /** Another language's edition of the same article, for switching between them. */
    public record EditionLink(Lang lang, String href, String statusKey, boolean current) {}

    /** Who translates the edition: the assigned translator (null for nobody) and whether others may. */
    public record Assignment(String assignee, boolean open, List<Account> translators) {}

    /** A workflow move the signed-in person may make now. */
    public record ActionButton(String path, String labelKey, boolean asksForTime) {}
}
