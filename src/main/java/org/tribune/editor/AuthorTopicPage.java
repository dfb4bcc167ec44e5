package org.tribune.editor;

import java.util.List;
import java.util.Map;
import org.tribune.content.Lang;
import org.tribune.content.Taxonomy;
import org.tribune.web.AdminLayout;

/**
 * The newsroom's list of authors or topics with a form for a new one ({@code entity} null), or
 * one author's or topic's form with the merge form ({@code entity} set).
 *
 * @param kind {@code authors} or {@code topics}: the path segment, and the prefix of message keys
 * @param entries every author or topic, for the list and the merge picker
 * @param form the fields shown in the form, as typed or as stored
 * @param message what the last change did, or why it was refused; null when there was none
 * @param photos file names of recent images, offered for an author's photo
 */
public record AuthorTopicPage(
        AdminLayout layout,
        Taxonomy taxonomy,
        String kind,
        List<Entry> entries,
        Form form,
        String entity,
        String message,
        boolean error,
        List<String> photos) {

    public boolean authors() {
        return taxonomy == Taxonomy.AUTHORS;
    }

    public List<Lang> langs() {
        return List.of(Lang.values());
    }

    public String base() {
        return "/admin/" + kind;
    }

    /** One author or topic in the list: its names per language and how many articles name it. */
    public record Entry(String key, Map<Lang, String> names, int articles) {
        public String nameIn(Lang lang) {
            return names.getOrDefault(lang, "");
        }
    }

    /**
     * The form's fields.
     *
     * @param derivedTraditional what an empty Traditional name becomes (the converted Simplified name)
     */
    public record Form(
            String key,
            Map<Lang, String> names,
            Map<Lang, String> abouts,
            String affiliation,
            String photo,
            String derivedTraditional) {
        public String nameIn(Lang lang) {
            return names.getOrDefault(lang, "");
        }

        public String aboutIn(Lang lang) {
            return abouts.getOrDefault(lang, "");
        }
    }
}
