package org.tribune.editor;

import java.util.List;
import org.tribune.auth.Account;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.media.StoredImage;
import org.tribune.newsroom.TranslationGap;
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
 * @param gap a translation's untranslated blocks and how far it is behind its source
 * @param mayPublishAnyway offer the editor to publish although blocks are untranslated
 * @param authorChoices the authors' pickers' suggestions, {@code Name (key)} for each name in each language
 * @param topicChoices the same for topics
 * @param image the article's image and the library's images to choose from; null for new articles
 * @param keptNames names the last save gave for existing authors and topics that it did not apply
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
        TranslationGap gap,
        boolean mayPublishAnyway,
        List<String> authorChoices,
        List<String> topicChoices,
        ImagePicker image,
        List<KeptName> keptNames) {

    /** The same page, telling which names the save just made did not apply. */
    EditPage withKeptNames(List<KeptName> names) {
        return new EditPage(
                layout,
                articleId,
                lang,
                status,
                form,
                error,
                saved,
                translation,
                behindSource,
                editions,
                actions,
                previewHtml,
                mayWrite,
                newSlug,
                assignment,
                gap,
                mayPublishAnyway,
                authorChoices,
                topicChoices,
                image,
                List.copyOf(names));
    }

    /** The untranslated blocks' numbers for a message: "2, 5". */
    public String untranslatedNumbers() {
        return UntranslatedNumbers.of(gap.untranslated());
    }

    public String publishPath() {
        return base() + "/" + WorkflowAction.PUBLISH.segment();
    }

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

    /**
     * The article's image as set now (in this edition's language) and the images to choose from.
     *
     * @param current the chosen image's file name; empty when the article has none
     */
    public record ImagePicker(String current, String alt, String caption, String credit, List<StoredImage> choices) {
        public boolean chosen(StoredImage image) {
            return image.fileName().equals(current);
        }
    }

    /** A workflow move the signed-in person may make now. */
    public record ActionButton(String path, String labelKey, boolean asksForTime) {}
}
