package org.tribune.content;

/**
 * A name an edition gave for an author or topic that already has another name in the edition's
 * language: the edition links the entity, and the entity keeps its name. Names are changed on the
 * author's or topic's own page in the newsroom, never by saving an edition.
 *
 * @param field where the name was given, e.g. {@code authors[0].name}
 * @param given the name the edition gave
 * @param kept the entity's name in {@code lang}, which stays
 */
public record IgnoredName(String field, Taxonomy taxonomy, String key, Lang lang, String given, String kept) {
    public String message() {
        return "'" + given + "' differs from the " + lang.tag() + " name of " + taxonomy.singular() + " '" + key
                + "', '" + kept + "', which was kept; names are changed on the " + taxonomy.singular()
                + "'s page in the newsroom";
    }
}
