package org.tribune.editor;

import java.util.List;
import org.tribune.content.IgnoredName;

/**
 * A name the editor gave for an existing author or topic that the save did not apply, for the
 * notice after saving: the author or topic keeps its own name, renamed only on its page.
 *
 * @param messageKey the notice's text, worded for an author or a topic
 * @param href the author's or topic's page in the newsroom, where names are changed
 */
public record KeptName(String messageKey, String key, String given, String kept, String href) {
    static List<KeptName> of(List<IgnoredName> ignored) {
        return ignored.stream()
                .map(i -> new KeptName(
                        "admin.name.kept." + AuthorTopicPages.kind(i.taxonomy()),
                        i.key(),
                        i.given(),
                        i.kept(),
                        "/admin/" + AuthorTopicPages.kind(i.taxonomy()) + "/" + i.key()))
                .toList();
    }
}
