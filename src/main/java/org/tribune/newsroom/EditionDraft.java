package org.tribune.newsroom;

import java.util.List;
import java.util.Map;
import org.tribune.content.Edition;
import org.tribune.content.Lang;
import org.tribune.content.Named;

/**
 * An edition as the newsroom edits it, whatever its status, with its article's bylines and topics
 * named in the edition's language.
 *
 * @param sourceLang the edition the article was first written in
 * @param createdBy who started the article in the newsroom; null for imported articles
 * @param openToTranslation any translator may translate editions nobody is assigned to
 * @param assignees the translator assigned to each language's edition, where one is
 */
public record EditionDraft(
        Edition edition,
        List<Named> authors,
        List<Named> topics,
        Lang sourceLang,
        String createdBy,
        boolean openToTranslation,
        Map<Lang, String> assignees) {

    public EditionDraft {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        assignees = Map.copyOf(assignees);
    }

    /** The translator assigned to the edition in {@code lang}; null when nobody is. */
    public String assignee(Lang lang) {
        return assignees.get(lang);
    }
}
