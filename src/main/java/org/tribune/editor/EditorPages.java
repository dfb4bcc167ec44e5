package org.tribune.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tribune.auth.Account;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Permission;
import org.tribune.content.AuthorTopicService;
import org.tribune.content.EditionStatus;
import org.tribune.content.InvalidContent;
import org.tribune.content.Lang;
import org.tribune.content.Slugs;
import org.tribune.content.Taxonomy;
import org.tribune.newsroom.ArticleDrafts;
import org.tribune.newsroom.EditionDraft;
import org.tribune.newsroom.NewsroomService;
import org.tribune.web.AdminLayouts;
import org.tribune.web.PageNotFound;
import org.tribune.web.Templates;

/**
 * Writing editions: {@code /admin/articles/new}, the editor of one edition at
 * {@code /admin/articles/{id}/{lang}}, its live preview, and the workflow moves.
 */
public final class EditorPages {
    private final NewsroomService newsroom;
    private final Templates templates;
    private final AdminLayouts layouts;
    private final Clock clock;
    private final Supplier<List<Account>> translators;
    private final AuthorTopicService entities;

    /** @param translators the accounts an editor can give a translation to */
    public EditorPages(
            NewsroomService newsroom,
            Templates templates,
            AdminLayouts layouts,
            Clock clock,
            Supplier<List<Account>> translators,
            AuthorTopicService entities) {
        this.translators = translators;
        this.entities = entities;
        this.clock = clock;
        this.newsroom = newsroom;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/admin/articles/new", this::newArticle, Permission.WRITE);
        routes.post("/admin/articles", this::create, Permission.WRITE);
        routes.post("/admin/preview", this::preview, Permission.WRITE);
        routes.get("/admin/articles/{id}/{lang}", this::edit, Permission.NEWSROOM);
        routes.post("/admin/articles/{id}/{lang}", this::save, Permission.WRITE);
        for (WorkflowAction action : WorkflowAction.values()) {
            routes.post(
                    "/admin/articles/{id}/{lang}/" + action.segment(), ctx -> move(ctx, action), action.permission());
        }
    }

    private void newArticle(Context ctx) {
        Account who = NewsroomAccess.session(ctx).account();
        if (!EditingRights.mayStartArticle(who)) {
            throw new ForbiddenResponse("translators work on existing articles");
        }
        Lang lang = Lang.fromPathSegment(
                        Optional.ofNullable(ctx.queryParam("lang")).orElse("en"))
                .orElse(Lang.EN);
        render(ctx, 200, newPage(ctx, lang, EditionForm.of("", "", "", List.of(), List.of(), null), null, ""));
    }

    private void create(Context ctx) {
        Account who = NewsroomAccess.session(ctx).account();
        if (!EditingRights.mayStartArticle(who)) {
            throw new ForbiddenResponse("translators work on existing articles");
        }
        Lang lang = Lang.fromPathSegment(
                        Optional.ofNullable(ctx.formParam("lang")).orElse(""))
                .orElse(Lang.EN);
        EditionForm form = EditionForm.from(ctx);
        String slug = Optional.ofNullable(ctx.formParam("slug")).orElse("").strip();
        String id = slug.isEmpty() ? Slugs.from(form.title()) : slug;
        try {
            if (!id.isEmpty() && newsroom.drafts(id).exists()) {
                throw new InvalidContent("slug", "'" + id + "' is taken; choose another address");
            }
            if (id.isEmpty()) {
                throw new InvalidContent(
                        "slug", "give the article an address of lowercase letters, digits and hyphens");
            }
            newsroom.save(form.toInput(id, lang, NamePicker.of(entities)), who.username());
        } catch (InvalidContent e) {
            render(ctx, 422, newPage(ctx, lang, form, e.getMessage(), slug));
            return;
        }
        ctx.redirect(AdminPaths.saved(id, lang), HttpStatus.SEE_OTHER);
    }

    private EditPage newPage(Context ctx, Lang lang, EditionForm form, String error, String slug) {
        var session = NewsroomAccess.session(ctx);
        var layout = layouts.layout(ctx, "admin.article.new", session.account().displayName(), session.csrfToken());
        return new EditPage(
                layout,
                "",
                lang,
                null,
                form,
                error,
                false,
                false,
                false,
                List.of(),
                List.of(),
                newsroom.preview(form.body(), lang),
                true,
                slug,
                null,
                NamePicker.suggestions(entities, Taxonomy.AUTHORS),
                NamePicker.suggestions(entities, Taxonomy.TOPICS));
    }

    private void edit(Context ctx) {
        Target t = target(ctx);
        ArticleDrafts article = article(t);
        EditionForm form = article.in(t.lang())
                .or(article::representative)
                .map(d -> EditionForm.of(
                        d.edition().title(),
                        d.edition().summary(),
                        d.edition().bodyMarkdown(),
                        d.authors(),
                        d.topics(),
                        article.in(t.lang()).isPresent() ? d.edition().published() : null))
                .orElseThrow();
        render(ctx, 200, page(ctx, t, article, form, null, ctx.queryParam("saved") != null));
    }

    /**
     * The article's editions; a page about an article that does not exist is not found. A
     * translation not started yet begins as a copy of the source (see {@link #edit}).
     */
    private ArticleDrafts article(Target t) {
        ArticleDrafts article = newsroom.drafts(t.id());
        if (!article.exists()) {
            throw new PageNotFound(null, "no article '" + t.id() + "'");
        }
        return article;
    }

    private void save(Context ctx) {
        Target t = target(ctx);
        ArticleDrafts article = article(t);
        checkMayWrite(ctx, t, article);
        EditionForm form = EditionForm.from(ctx);
        try {
            newsroom.save(
                    form.toInput(t.id(), t.lang(), NamePicker.of(entities)),
                    NewsroomAccess.session(ctx).account().username(),
                    form.upToDateWithSource());
        } catch (InvalidContent e) {
            render(ctx, 422, page(ctx, t, article, form, e.getMessage(), false));
            return;
        }
        ctx.redirect(AdminPaths.saved(t.id(), t.lang()), HttpStatus.SEE_OTHER);
    }

    private void move(Context ctx, WorkflowAction action) {
        Target t = target(ctx);
        ArticleDrafts article = newsroom.drafts(t.id());
        EditionDraft draft = article.in(t.lang())
                .orElseThrow(() -> new PageNotFound(null, "no " + t.lang().tag() + " edition of " + t.id()));
        checkMayWrite(ctx, t, article);
        if (!action.startsFrom(draft.edition().status())) {
            throw new BadRequestResponse(
                    "an edition that is " + draft.edition().status().code() + " cannot " + action.segment());
        }
        Instant at = null;
        if (action == WorkflowAction.SCHEDULE) {
            at = EditionForm.from(ctx).toInput(t.id(), t.lang()).published();
            if (at == null || !at.isAfter(clock.instant())) {
                throw new BadRequestResponse("scheduling needs a publication time in the future");
            }
        }
        newsroom.changeStatus(
                t.id(),
                t.lang(),
                action.to(),
                at,
                NewsroomAccess.session(ctx).account().username(),
                action.segment());
        ctx.redirect(AdminPaths.saved(t.id(), t.lang()), HttpStatus.SEE_OTHER);
    }

    private void preview(Context ctx) {
        Lang lang = Lang.fromPathSegment(
                        Optional.ofNullable(ctx.formParam("lang")).orElse("en"))
                .orElse(Lang.EN);
        ctx.contentType("text/html; charset=utf-8").result(newsroom.preview(ctx.formParam("body"), lang));
    }

    private void checkMayWrite(Context ctx, Target t, ArticleDrafts article) {
        Account who = NewsroomAccess.session(ctx).account();
        EditionStatus status =
                article.in(t.lang()).map(d -> d.edition().status()).orElse(null);
        if (!EditingRights.mayWrite(who, article.representative().orElseThrow(), t.lang(), status)) {
            throw new ForbiddenResponse(who.role().code() + " may not write this edition");
        }
    }

    private EditPage page(Context ctx, Target t, ArticleDrafts article, EditionForm form, String error, boolean saved) {
        var session = NewsroomAccess.session(ctx);
        Account who = session.account();
        Optional<EditionDraft> draft = article.in(t.lang());
        EditionDraft known = article.representative().orElseThrow();
        EditionStatus status = draft.map(d -> d.edition().status()).orElse(null);
        boolean translation = t.lang() != known.sourceLang();
        String madeFrom = draft.map(d -> d.edition().basedOnHash()).orElse(null);
        boolean behind = translation
                && madeFrom != null
                && article.in(known.sourceLang())
                        .map(source -> !source.edition().sourceHash().equals(madeFrom))
                        .orElse(false);
        List<EditPage.ActionButton> actions = new ArrayList<>();
        if (status != null && EditingRights.mayWrite(who, known, t.lang(), status)) {
            for (WorkflowAction a : WorkflowAction.values()) {
                if (a.startsFrom(status) && who.may(a.permission())) {
                    actions.add(new EditPage.ActionButton(
                            base(t) + "/" + a.segment(), a.label(), a == WorkflowAction.SCHEDULE));
                }
            }
        }
        List<EditPage.EditionLink> links = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            var other = article.in(lang);
            links.add(new EditPage.EditionLink(
                    lang,
                    AdminPaths.edition(t.id(), lang),
                    other.map(d -> "admin.status." + d.edition().status().code())
                            .orElse("admin.status.missing"),
                    lang == t.lang()));
        }
        var layout = layouts.titled(
                ctx, form.title().isBlank() ? t.id() : form.title(), who.displayName(), session.csrfToken());
        return new EditPage(
                layout,
                t.id(),
                t.lang(),
                status,
                form,
                error,
                saved,
                translation,
                behind,
                links,
                actions,
                newsroom.preview(form.body(), t.lang()),
                EditingRights.mayWrite(who, known, t.lang(), status),
                "",
                translation && who.may(Permission.PUBLISH)
                        ? new EditPage.Assignment(
                                known.assignee(t.lang()), known.openToTranslation(), translators.get())
                        : null,
                NamePicker.suggestions(entities, Taxonomy.AUTHORS),
                NamePicker.suggestions(entities, Taxonomy.TOPICS));
    }

    private static String base(Target t) {
        return AdminPaths.edition(t.id(), t.lang());
    }

    private void render(Context ctx, int status, EditPage page) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render("editor/edit.jte", page));
    }

    static Target target(Context ctx) {
        String id = ctx.pathParam("id");
        Lang lang = Lang.fromPathSegment(ctx.pathParam("lang"))
                .orElseThrow(() -> new PageNotFound(null, "no language " + ctx.pathParam("lang")));
        if (!Slugs.isValid(id)) {
            throw new PageNotFound(null, "no article '" + id + "'");
        }
        return new Target(id, lang);
    }

    record Target(String id, Lang lang) {}
}
