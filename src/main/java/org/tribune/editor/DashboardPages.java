package org.tribune.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Permission;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.newsroom.NewsroomOverview;
import org.tribune.web.AdminLayouts;
import org.tribune.web.Templates;

/** {@code /admin}: the status matrix of every article in every language. */
public final class DashboardPages {
    private static final List<String> STATES = states();

    private final NewsroomOverview overview;
    private final Templates templates;
    private final AdminLayouts layouts;

    public DashboardPages(NewsroomOverview overview, Templates templates, AdminLayouts layouts) {
        this.overview = overview;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/admin", this::dashboard, Permission.NEWSROOM);
    }

    private void dashboard(Context ctx) {
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        String state = Optional.ofNullable(ctx.queryParam("state")).orElse("");
        if (!state.isEmpty() && !STATES.contains(state)) {
            throw new BadRequestResponse("unknown state '" + state + "'; expected one of " + STATES);
        }
        if (query.length() > 200) {
            throw new BadRequestResponse("the title filter is limited to 200 characters");
        }
        int page;
        try {
            page = Integer.parseInt(Optional.ofNullable(ctx.queryParam("page")).orElse("1"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("page must be a number");
        }
        var session = NewsroomAccess.session(ctx);
        var listing =
                overview.list(new NewsroomOverview.Filter(query, state, EditingRights.viewer(session.account())), page);
        var layout =
                layouts.layout(ctx, "admin.dashboard.title", session.account().displayName(), session.csrfToken());
        ctx.contentType("text/html; charset=utf-8")
                .result(templates.render(
                        "editor/dashboard.jte",
                        new DashboardPage(layout, listing, query, state, STATES, List.of(Lang.values()))));
    }

    private static List<String> states() {
        List<String> all = new ArrayList<>();
        for (EditionStatus s : EditionStatus.values()) {
            all.add(s.code());
        }
        all.add("behind");
        all.add("missing");
        return List.copyOf(all);
    }
}
