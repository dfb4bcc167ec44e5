package org.tribune.content;

import java.time.Instant;

/**
 * An old address and the page of this site it answers with a 301.
 *
 * @param oldPath normalized ({@link OldPaths#normalize})
 * @param target a path of this site, such as {@code /en/articles/korea-policy}
 * @param origin {@link #IMPORTED} or {@link #ADDED}
 */
public record Redirect(String oldPath, String target, String origin, Instant created) {
    public static final String IMPORTED = "import";
    public static final String ADDED = "newsroom";

    /** The target of an article's edition, a topic or an author in a language, as the site addresses them. */
    public static String articleTarget(Lang lang, String articleId) {
        return "/" + lang.pathSegment() + "/articles/" + articleId;
    }

    public static String topicTarget(Lang lang, String key) {
        return "/" + lang.pathSegment() + "/topics/" + key;
    }

    public static String authorTarget(Lang lang, String key) {
        return "/" + lang.pathSegment() + "/authors/" + key;
    }
}
