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
import org.tribune.content.ArticleImage;
import org.tribune.content.ArticleImageInput;
import org.tribune.content.AuthorTopicService;
import org.tribune.content.ContentService;
import org.tribune.content.EditionStatus;
import org.tribune.content.InvalidContent;
import org.tribune.content.Lang;
import org.tribune.content.SaveResult;
import org.tribune.content.Slugs;
import org.tribune.content.Taxonomy;
import org.tribune.media.MediaLibrary;
import org.tribune.media.StoredImage;
import org.tribune.newsroom.ArticleDrafts;
import org.tribune.newsroom.EditionDraft;
import org.tribune.newsroom.NewsroomService;
import org.tribune.newsroom.TranslationGap;
import org.tribune.newsroom.UntranslatedBlocksRemain;
import org.tribune.web.AdminLayouts;
import org.tribune.web.Messages;
import org.tribune.web.PageNotFound;
import org.tribune.web.Templates;

/**
 * Writing editions: {@code /admin/articles/new}, the editor of one edition at
 * {@code /admin/articles/{id}/{lang}}, its live preview, and the workflow moves.
 */
public final class EditorPages {
    /** How many of the library's latest images the picker offers (the article's own always among them). */
    private static final int IMAGE_CHOICES = 60;

    /** The form field of a workflow move that publishes a translation with untranslated blocks anyway. */
    static final String PUBLISH_UNTRANSLATED = "publish_untranslated";

    private final NewsroomService newsroom;
    private final Templates templates;
    private final AdminLayouts layouts;
    private final Clock clock;
    private final Supplier<List<Account>> translators;
    private final AuthorTopicService entities;
    private final ContentService content;
    private final MediaLibrary media;

    /**
     * @param translators the accounts an editor can give a translation to
     * @param content gives articles their images
     * @param media the images to choose from
     */
    public EditorPages(
            NewsroomService newsroom,
            Templates templates,
            AdminLayouts layouts,
            Clock clock,
            Supplier<List<Account>> translators,
            AuthorTopicService entities,
            ContentService content,
            MediaLibrary media) {
        this.translators = translators;
        this.entities = entities;
        this.content = content;
        this.media = media;
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
        routes.post("/admin/articles/{id}/{lang}/image", this::saveImage, Permission.WRITE);
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
        SaveResult saved;
        try {
            if (!id.isEmpty() && newsroom.drafts(id).exists()) {
                throw new InvalidContent("slug", "'" + id + "' is taken; choose another address");
            }
            if (id.isEmpty()) {
                throw new InvalidContent(
                        "slug", "give the article an address of lowercase letters, digits and hyphens");
            }
            saved = newsroom.save(form.toInput(id, lang, NamePicker.of(entities)), who.username());
        } catch (InvalidContent e) {
            render(ctx, 422, newPage(ctx, lang, form, e.getMessage(), slug));
            return;
        }
        afterSave(ctx, new Target(id, lang), saved);
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
                TranslationGap.NONE,
                false,
                NamePicker.suggestions(entities, Taxonomy.AUTHORS),
                NamePicker.suggestions(entities, Taxonomy.TOPICS),
                null,
                List.of());
    }

    private void edit(Context ctx) {
        Target t = target(ctx);
        ArticleDrafts article = article(t);
        checkMayRead(ctx, article.representative().orElseThrow(), t.lang());
        render(ctx, 200, page(ctx, t, article, storedForm(t, article), null, ctx.queryParam("saved") != null));
    }

    /** The edition as stored; a translation not started yet as a copy of its source. */
    private static EditionForm storedForm(Target t, ArticleDrafts article) {
        return article.in(t.lang())
                .or(article::representative)
                .map(d -> EditionForm.of(
                        d.edition().title(),
                        d.edition().summary(),
                        d.edition().bodyMarkdown(),
                        d.authors(),
                        d.topics(),
                        article.in(t.lang()).isPresent() ? d.edition().published() : null))
                .orElseThrow();
    }

    /**
     * The article's image, chosen from the library, with alt text and caption in this edition's
     * language; no image chosen removes it. Whoever may write the edition may set it.
     */
    private void saveImage(Context ctx) {
        Target t = target(ctx);
        ArticleDrafts article = article(t);
        checkMayWrite(ctx, t, article);
        String chosen = Optional.ofNullable(ctx.formParam("media")).orElse("").strip();
        try {
            if (chosen.isEmpty()) {
                content.removeArticleImage(t.id());
            } else {
                content.setArticleImage(
                        t.id(),
                        ArticleImageInput.in(
                                t.lang(),
                                chosen,
                                Optional.ofNullable(ctx.formParam("alt")).orElse(""),
                                ctx.formParam("caption"),
                                Optional.ofNullable(ctx.formParam("credit")).orElse("")));
            }
        } catch (InvalidContent e) {
            render(ctx, 422, page(ctx, t, article, storedForm(t, article), e.getMessage(), false));
            return;
        }
        ctx.redirect(AdminPaths.saved(t.id(), t.lang()), HttpStatus.SEE_OTHER);
    }

    private EditPage.ImagePicker imagePicker(Target t) {
        Optional<ArticleImage> image = content.articleImage(t.id());
        List<StoredImage> choices = new ArrayList<>(media.recent(IMAGE_CHOICES));
        image.flatMap(i -> media.find(i.file()))
                .filter(current -> !choices.contains(current))
                .ifPresent(current -> choices.addFirst(current));
        return new EditPage.ImagePicker(
                image.map(ArticleImage::file).orElse(""),
                image.map(i -> i.alt(t.lang())).orElse(""),
                image.flatMap(i -> i.caption(t.lang())).orElse(""),
                image.map(ArticleImage::credit).orElse(""),
                choices);
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
        SaveResult saved;
        try {
            saved = newsroom.save(
                    form.toInput(t.id(), t.lang(), NamePicker.of(entities)),
                    NewsroomAccess.session(ctx).account().username(),
                    form.upToDateWithSource());
        } catch (InvalidContent e) {
            render(ctx, 422, page(ctx, t, article, form, e.getMessage(), false));
            return;
        }
        afterSave(ctx, t, saved);
    }

    /**
     * Back to the editor, saying it was saved. A save that gave other names for existing authors
     * or topics shows the page at once, saying which names were kept, since a redirect would
     * forget them.
     */
    private void afterSave(Context ctx, Target t, SaveResult saved) {
        if (saved.ignoredNames().isEmpty()) {
            ctx.redirect(AdminPaths.saved(t.id(), t.lang()), HttpStatus.SEE_OTHER);
            return;
        }
        ArticleDrafts article = article(t);
        render(
                ctx,
                200,
                page(ctx, t, article, storedForm(t, article), null, true)
                        .withKeptNames(KeptName.of(saved.ignoredNames())));
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
        Account who = NewsroomAccess.session(ctx).account();
        // Only an editor may publish untranslated text, and only by asking for it in so many words.
        boolean anyway = who.may(Permission.PUBLISH) && "1".equals(ctx.formParam(PUBLISH_UNTRANSLATED));
        try {
            newsroom.changeStatus(t.id(), t.lang(), action.to(), at, who.username(), action.segment(), anyway);
        } catch (UntranslatedBlocksRemain e) {
            var form = EditionForm.of(
                    draft.edition().title(),
                    draft.edition().summary(),
                    draft.edition().bodyMarkdown(),
                    draft.authors(),
                    draft.topics(),
                    draft.edition().published());
            Messages messages = Messages.of(AdminLayouts.languageOf(ctx));
            List<String> reasons = new ArrayList<>();
            for (String field : e.fields()) {
                reasons.add(messages.get("admin.untranslated.field.refused", messages.get("admin.field." + field)));
            }
            if (!e.blocks().isEmpty()) {
                reasons.add(messages.get(
                        "admin.untranslated.refused", e.blocks().size(), UntranslatedNumbers.of(e.blocks())));
            }
            String reason = String.join(" ", reasons);
            render(ctx, 409, page(ctx, t, article, form, reason, false));
            return;
        }
        ctx.redirect(AdminPaths.saved(t.id(), t.lang()), HttpStatus.SEE_OTHER);
    }

    private void preview(Context ctx) {
        Lang lang = Lang.fromPathSegment(
                        Optional.ofNullable(ctx.formParam("lang")).orElse("en"))
                .orElse(Lang.EN);
        ctx.contentType("text/html; charset=utf-8").result(newsroom.preview(ctx.formParam("body"), lang));
    }

    /**
     * Answers a request about an edition the signed-in person may not see (another author's
     * article, a translation assigned to someone else) as about one that does not exist, with the
     * same 404 page, so that the answer does not tell that it exists.
     *
     * @param article any edition of the article
     */
    static void checkMayRead(Context ctx, EditionDraft article, Lang lang) {
        Account who = NewsroomAccess.session(ctx).account();
        if (!EditingRights.mayRead(who, article, lang)) {
            throw new PageNotFound(null, who.role().code() + " may not see this edition; answered as missing");
        }
    }

    /** Refuses (403) a write the person may not make to an edition they may see; 404 for one they may not see. */
    private void checkMayWrite(Context ctx, Target t, ArticleDrafts article) {
        checkMayRead(ctx, article.representative().orElseThrow(), t.lang());
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
        TranslationGap gap = translation && draft.isPresent() ? newsroom.gap(t.id(), t.lang()) : TranslationGap.NONE;
        boolean mayPublishAnyway =
                gap.untranslatedCount() > 0 && who.may(Permission.PUBLISH) && WorkflowAction.PUBLISH.startsFrom(status);
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
                gap,
                mayPublishAnyway,
                NamePicker.suggestions(entities, Taxonomy.AUTHORS),
                NamePicker.suggestions(entities, Taxonomy.TOPICS),
                imagePicker(t),
                List.of());
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
