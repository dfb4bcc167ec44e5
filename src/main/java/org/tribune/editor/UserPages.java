package org.tribune.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.tribune.auth.Account;
import org.tribune.auth.AccountService;
import org.tribune.auth.InvalidAccount;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Permission;
import org.tribune.auth.Role;
import org.tribune.web.AdminLayouts;
import org.tribune.web.PageNotFound;
import org.tribune.web.Templates;

/** {@code /admin/users}: adding accounts, changing roles, disabling and setting passwords. Admins only. */
public final class UserPages {
    private final AccountService accounts;
    private final Templates templates;
    private final AdminLayouts layouts;

    public UserPages(AccountService accounts, Templates templates, AdminLayouts layouts) {
        this.accounts = accounts;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/admin/users", ctx -> show(ctx, 200, null, false), Permission.ADMINISTER);
        routes.post("/admin/users", this::add, Permission.ADMINISTER);
        routes.post("/admin/users/{name}", this::update, Permission.ADMINISTER);
        routes.post("/admin/users/{name}/password", this::password, Permission.ADMINISTER);
    }

    private void add(Context ctx) {
        try {
            Role role = role(ctx);
            Account added = accounts.add(
                    field(ctx, "username").strip(), field(ctx, "displayName"), role, field(ctx, "password"));
            done(ctx, "admin.users.added", added.username());
        } catch (InvalidAccount e) {
            show(ctx, 422, e.getMessage(), true);
        }
    }

    private void update(Context ctx) {
        Account current = existing(ctx);
        try {
            boolean disabled = ctx.formParam("disabled") != null;
            if (current.username().equals(NewsroomAccess.session(ctx).account().username())
                    && (disabled || role(ctx) != Role.ADMIN)) {
                throw new InvalidAccount("role", "you cannot remove your own admin role or disable yourself");
            }
            String name = field(ctx, "displayName").isBlank()
                    ? current.displayName()
                    : field(ctx, "displayName").strip();
            accounts.update(new Account(current.username(), name, role(ctx), disabled));
            done(ctx, "admin.users.updated", current.username());
        } catch (InvalidAccount e) {
            show(ctx, 422, e.getMessage(), true);
        }
    }

    private void password(Context ctx) {
        Account current = existing(ctx);
        try {
            accounts.changePassword(current.username(), field(ctx, "password"));
            done(ctx, "admin.users.password.set", current.username());
        } catch (InvalidAccount e) {
            show(ctx, 422, e.getMessage(), true);
        }
    }

    private Account existing(Context ctx) {
        return accounts.find(ctx.pathParam("name"))
                .orElseThrow(() -> new PageNotFound(null, "no account " + ctx.pathParam("name")));
    }

    private void done(Context ctx, String key, String username) {
        ctx.redirect(
                "/admin/users?done=" + key.substring("admin.users.".length()) + "&who=" + username,
                HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, String error, boolean isError) {
        var session = NewsroomAccess.session(ctx);
        var layout = layouts.layout(ctx, "admin.users.title", session.account().displayName(), session.csrfToken());
        String message = error;
        String done = ctx.queryParam("done");
        if (message == null
                && done != null
                && List.of("added", "updated", "password.set").contains(done)) {
            message = layout.t(
                    "admin.users." + done,
                    Optional.ofNullable(ctx.queryParam("who")).orElse(""));
        }
        ctx.status(status)
                .contentType("text/html; charset=utf-8")
                .result(templates.render(
                        "editor/users.jte",
                        new UsersPage(layout, accounts.list(), List.of(Role.values()), message, isError)));
    }

    private static Role role(Context ctx) {
        String code = field(ctx, "role");
        return Role.fromCode(code).orElseThrow(() -> new InvalidAccount("role", "expected " + Role.choices()));
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
