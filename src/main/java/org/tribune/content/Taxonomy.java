package org.tribune.content;

/** The two ways articles are classified for readers; both are stored the same way. */
public enum Taxonomy {
    AUTHORS("author", "author_key", "author_name", "article_author", "author_alias", "bio"),
    TOPICS("topic", "topic_key", "topic_name", "article_topic", "topic_alias", "description");

    final String table;
    final String keyColumn;
    final String nameTable;
    final String linkTable;
    /** Keys merged into another entity, each pointing at the entity it became. */
    final String aliasTable;
    /** The longer text per language beside each name: an author's bio, a topic's description. */
    final String aboutColumn;

    Taxonomy(
            String table, String keyColumn, String nameTable, String linkTable, String aliasTable, String aboutColumn) {
        this.table = table;
        this.keyColumn = keyColumn;
        this.nameTable = nameTable;
        this.linkTable = linkTable;
        this.aliasTable = aliasTable;
        this.aboutColumn = aboutColumn;
    }

    /** For messages: "author" or "topic". */
    public String singular() {
        return table;
    }
}
