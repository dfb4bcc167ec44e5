package org.tribune.editor;

import java.util.List;
import org.tribune.content.Lang;
import org.tribune.content.Revision;
import org.tribune.web.AdminLayout;

/**
 * An edition's revisions, newest first, and, when two are chosen, the difference between them.
 *
 * @param diff empty until two revisions are compared
 */
public record RevisionsPage(
        AdminLayout layout,
        String articleId,
        Lang lang,
        List<Revision> revisions,
        int from,
        int to,
        List<RevisionDiff.Row> diff,
        boolean mayRestore) {

    public String base() {
        return AdminPaths.edition(articleId, lang);
    }
}
