package org.tribune.content;

/** No edition of that article in that language (or no such revision of it). */
public final class EditionNotFound extends RuntimeException {
    public EditionNotFound(String articleId, Lang lang) {
        super("no " + lang.tag() + " edition of '" + articleId + "'");
    }

    public EditionNotFound(String message) {
        super(message);
    }
}
