package org.tribune.editor;

import org.tribune.content.Lang;

/** Addresses in the newsroom, built in one place like the site's {@code SitePaths}. */
public final class AdminPaths {
    private AdminPaths() {}

    /** The editor of one edition; its revisions, desk and workflow moves hang below it. */
    public static String edition(String articleId, Lang lang) {
        return "/admin/articles/" + articleId + "/" + lang.pathSegment();
    }

    /** The editor of one edition, saying the last change was saved. */
    static String saved(String articleId, Lang lang) {
        return edition(articleId, lang) + "?saved=1";
    }
}
