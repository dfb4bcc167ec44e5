package org.tribune.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.tribune.auth.Account;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Permission;
import org.tribune.content.Revision;
import org.tribune.newsroom.EditionDraft;
import org.tribune.newsroom.NewsroomService;
import org.tribune.web.AdminLayouts;
import org.tribune.web.PageNotFound;
import org.tribune.web.Templates;

/** An edition's history: {@code …/revisions}, a diff between any two, and restoring an old one. */
public final class RevisionPages {
    private final NewsroomService newsroom;
    private final Templates templates;
    private final AdminLayouts layouts;

    public RevisionPages(NewsroomService newsroom, Templates templates, AdminLayouts layouts) {
        this.newsroom = newsroom;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/admin/articles/{id}/{lang}/revisions", this::list, Permission.NEWSROOM);
        routes.post("/admin/articles/{id}/{lang}/revisions/{n}/restore", this::restore, Permission.WRITE);
    }

    private void list(Context ctx) {
        var t = EditorPages.target(ctx);
        EditionDraft draft = draft(t);
        EditorPages.checkMayRead(ctx, draft, t.lang());
        List<Revision> revisions = newsroom.revisions(t.id(), t.lang());
        int newest = revisions.isEmpty() ? 0 : revisions.getFirst().number();
        int to = number(ctx.queryParam("to"), newest);
        int from = number(ctx.queryParam("from"), Math.max(to - 1, 1));
        List<RevisionDiff.Row> diff = List.of();
        if (ctx.queryParam("from") != null || ctx.queryParam("to") != null) {
            Revision older = find(revisions, from);
            Revision newer = find(revisions, to);
            diff = RevisionDiff.between(older, newer);
        }
        var session = NewsroomAccess.session(ctx);
        Account who = session.account();
        var layout = layouts.titled(ctx, draft.edition().title(), who.displayName(), session.csrfToken());
        boolean mayRestore =
                EditingRights.mayWrite(who, draft, t.lang(), draft.edition().status());
        ctx.contentType("text/html; charset=utf-8")
                .result(templates.render(
                        "editor/revisions.jte",
                        new RevisionsPage(layout, t.id(), t.lang(), revisions, from, to, diff, mayRestore)));
    }

    private void restore(Context ctx) {
        var t = EditorPages.target(ctx);
        EditionDraft draft = draft(t);
        EditorPages.checkMayRead(ctx, draft, t.lang());
        Account who = NewsroomAccess.session(ctx).account();
        if (!EditingRights.mayWrite(who, draft, t.lang(), draft.edition().status())) {
            throw new ForbiddenResponse(who.role().code() + " may not write this edition");
        }
        int n = number(ctx.pathParam("n"), -1);
        find(newsroom.revisions(t.id(), t.lang()), n);
        newsroom.restore(t.id(), t.lang(), n, who.username());
        ctx.redirect(AdminPaths.saved(t.id(), t.lang()), HttpStatus.SEE_OTHER);
    }

    private EditionDraft draft(EditorPages.Target t) {
        return newsroom.draft(t.id(), t.lang())
                .orElseThrow(() -> new PageNotFound(null, "no " + t.lang().tag() + " edition of " + t.id()));
    }

    private static Revision find(List<Revision> revisions, int number) {
        return revisions.stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .orElseThrow(() -> new PageNotFound(null, "no revision " + number));
    }

    private static int number(String text, int otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("a revision number was expected, got '" + text + "'");
        }
    }
}
