package org.tribune.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Permission;
import org.tribune.content.InvalidContent;
import org.tribune.content.RedirectService;
import org.tribune.web.AdminLayout;
import org.tribune.web.AdminLayouts;
import org.tribune.web.Templates;

/**
 * {@code /admin/redirects}: the old addresses that answer with a 301 (an imported WordPress
 * site's, and any added here), listed with a filter, added, changed and deleted. Admins only.
 */
public final class RedirectPages {
    static final int SHOWN = 500;

    private final RedirectService redirects;
    private final Templates templates;
    private final AdminLayouts layouts;

    public RedirectPages(RedirectService redirects, Templates templates, AdminLayouts layouts) {
        this.redirects = redirects;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/admin/redirects", ctx -> show(ctx, 200, layout -> null, false), Permission.ADMINISTER);
        routes.post("/admin/redirects", this::add, Permission.ADMINISTER);
        routes.post("/admin/redirects/delete", this::delete, Permission.ADMINISTER);
    }

    private void add(Context ctx) {
        try {
            var added = redirects.put(field(ctx, "old"), field(ctx, "target"));
            done(ctx, "added", added.oldPath());
        } catch (InvalidContent e) {
            show(ctx, 422, layout -> e.getMessage(), true);
        }
    }

    private void delete(Context ctx) {
        String old = field(ctx, "old");
        if (!redirects.remove(old)) {
            show(ctx, 404, layout -> layout.t("admin.redirects.missing", old), true);
            return;
        }
        done(ctx, "deleted", old);
    }

    private void done(Context ctx, String what, String old) {
        ctx.redirect(
                "/admin/redirects?done=" + what + "&old=" + URLEncoder.encode(old, StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, Function<AdminLayout, String> error, boolean isError) {
        var session = NewsroomAccess.session(ctx);
        var layout =
                layouts.layout(ctx, "admin.redirects.title", session.account().displayName(), session.csrfToken());
        String message = error.apply(layout);
        String done = ctx.queryParam("done");
        if (message == null && ("added".equals(done) || "deleted".equals(done))) {
            message = layout.t(
                    "admin.redirects." + done,
                    Optional.ofNullable(ctx.queryParam("old")).orElse(""));
        }
        String filter = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        ctx.status(status)
                .contentType("text/html; charset=utf-8")
                .result(templates.render(
                        "editor/redirects.jte",
                        new RedirectsPage(
                                layout, redirects.list(filter, SHOWN), redirects.count(), filter, message, isError)));
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
