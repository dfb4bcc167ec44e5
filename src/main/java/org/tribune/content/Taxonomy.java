package org.tribune.content;

/** The two ways articles are classified for readers; both are stored the same way. */
public enum Taxonomy {
    AUTHORS("author", "author_key", "author_name", "article_author"),
    TOPICS("topic", "topic_key", "topic_name", "article_topic");

    final String table;
    final String keyColumn;
    final String nameTable;
    final String linkTable;

    Taxonomy(String table, String keyColumn, String nameTable, String linkTable) {
        this.table = table;
        this.keyColumn = keyColumn;
        this.nameTable = nameTable;
        this.linkTable = linkTable;
    }
}
