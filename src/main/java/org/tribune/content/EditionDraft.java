package org.tribune.content;

import java.util.List;

/**
 * An edition as the newsroom edits it, whatever its status, with its article's bylines and topics
 * named in the edition's language.
 *
 * @param sourceLang the edition the article was first written in
 * @param createdBy who started the article in the newsroom; null for imported articles
 */
public record EditionDraft(Edition edition, List<Named> authors, List<Named> topics, Lang sourceLang, String createdBy) {

    public EditionDraft {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
    }
}
