package org.tribune.editor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tribune.content.Lang;
import org.tribune.newsroom.NewsroomOverview;
import org.tribune.web.AdminLayout;

/** The newsroom's front page: every article with each language's state, filterable. */
public record DashboardPage(
        AdminLayout layout,
        NewsroomOverview.Page listing,
        String query,
        String state,
        List<String> states,
        List<Lang> langs) {

    public String editPath(String articleId, Lang lang) {
        return AdminPaths.edition(articleId, lang);
    }

    public String pagePath(int page) {
        return "/admin?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&state=" + state + "&page=" + page;
    }
}
