package org.tribune.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.tribune.auth.Account;
import org.tribune.auth.AccountService;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Permission;
import org.tribune.auth.Role;
import org.tribune.newsroom.EditionDraft;
import org.tribune.newsroom.NewsroomService;
import org.tribune.web.PageNotFound;

/** Editors give a translation to a translator, or open an article's translations to all of them. */
final class AssignmentPages {
    private final NewsroomService newsroom;
    private final AccountService accounts;

    AssignmentPages(NewsroomService newsroom, AccountService accounts) {
        this.newsroom = newsroom;
        this.accounts = accounts;
    }

    void addRoutes(RoutesConfig routes) {
        routes.post("/admin/articles/{id}/{lang}/assign", this::assign, Permission.PUBLISH);
        routes.post("/admin/articles/{id}/{lang}/open", this::open, Permission.PUBLISH);
    }

    /** The translators an edition can be given to. */
    List<Account> translators() {
        return accounts.list().stream()
                .filter(a -> a.role() == Role.TRANSLATOR && !a.disabled())
                .toList();
    }

    private void assign(Context ctx) {
        var t = EditorPages.target(ctx);
        EditionDraft article = anyEdition(t.id());
        if (t.lang() == article.sourceLang()) {
            throw new BadRequestResponse("the " + t.lang().tag() + " edition is the source; it is not translated");
        }
        String username =
                Optional.ofNullable(ctx.formParam("translator")).orElse("").strip();
        if (!username.isEmpty()
                && translators().stream().noneMatch(a -> a.username().equals(username))) {
            throw new BadRequestResponse("'" + username + "' is not an active translator's account");
        }
        newsroom.assign(
                t.id(),
                t.lang(),
                username.isEmpty() ? null : username,
                NewsroomAccess.session(ctx).account().username());
        ctx.redirect(AdminPaths.saved(t.id(), t.lang()), HttpStatus.SEE_OTHER);
    }

    private void open(Context ctx) {
        var t = EditorPages.target(ctx);
        anyEdition(t.id());
        newsroom.openToTranslation(t.id(), ctx.formParam("open") != null);
        ctx.redirect(AdminPaths.saved(t.id(), t.lang()), HttpStatus.SEE_OTHER);
    }

    private EditionDraft anyEdition(String id) {
        return newsroom.drafts(id)
                .representative()
                .orElseThrow(() -> new PageNotFound(null, "no article '" + id + "'"));
    }
}
