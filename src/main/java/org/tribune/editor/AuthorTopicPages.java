package org.tribune.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Permission;
import org.tribune.content.Author;
import org.tribune.content.AuthorTopicEdit;
import org.tribune.content.AuthorTopicService;
import org.tribune.content.InvalidContent;
import org.tribune.content.Lang;
import org.tribune.content.Taxonomy;
import org.tribune.content.Topic;
import org.tribune.media.MediaLibrary;
import org.tribune.media.StoredImage;
import org.tribune.web.AdminLayouts;
import org.tribune.web.PageNotFound;
import org.tribune.web.Templates;

/**
 * {@code /admin/authors} and {@code /admin/topics}: listing, creating and editing authors and
 * topics (names, bios or descriptions per language, an author's affiliation and photo) and merging
 * one into another. Editors and admins only: a name shows on every page that names the entity.
 */
public final class AuthorTopicPages {
    private static final int PHOTO_CHOICES = 50;

    private final AuthorTopicService entities;
    private final MediaLibrary media;
    private final Templates templates;
    private final AdminLayouts layouts;

    public AuthorTopicPages(
            AuthorTopicService entities, MediaLibrary media, Templates templates, AdminLayouts layouts) {
        this.entities = entities;
        this.media = media;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void addRoutes(RoutesConfig routes) {
        for (Taxonomy t : Taxonomy.values()) {
            String base = "/admin/" + kind(t);
            routes.get(base, ctx -> list(ctx, t, 200, emptyForm(), null), Permission.AUTHORS_AND_TOPICS);
            routes.post(base, ctx -> create(ctx, t), Permission.AUTHORS_AND_TOPICS);
            routes.get(base + "/{key}", ctx -> edit(ctx, t), Permission.AUTHORS_AND_TOPICS);
            routes.post(base + "/{key}", ctx -> update(ctx, t), Permission.AUTHORS_AND_TOPICS);
            routes.post(base + "/{key}/merge", ctx -> merge(ctx, t), Permission.AUTHORS_AND_TOPICS);
        }
    }

    static String kind(Taxonomy t) {
        return t == Taxonomy.AUTHORS ? "authors" : "topics";
    }

    private void create(Context ctx, Taxonomy t) {
        AuthorTopicEdit edit = edit(ctx, field(ctx, "key").strip());
        try {
            checkPhoto(t, edit.photo());
            entities.create(t, edit);
        } catch (InvalidContent e) {
            list(ctx, t, 422, formOf(edit, ""), e.getMessage());
            return;
        }
        ctx.redirect("/admin/" + kind(t) + "/" + edit.key() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    private void update(Context ctx, Taxonomy t) {
        String key = existing(ctx, t);
        AuthorTopicEdit edit = edit(ctx, key);
        try {
            checkPhoto(t, edit.photo());
            entities.update(t, edit);
        } catch (InvalidContent e) {
            show(ctx, t, 422, key, formOf(edit, derivedTraditional(t, key)), e.getMessage(), true);
            return;
        }
        ctx.redirect("/admin/" + kind(t) + "/" + key + "?saved=1", HttpStatus.SEE_OTHER);
    }

    private void merge(Context ctx, Taxonomy t) {
        String key = existing(ctx, t);
        String into = Picked.key(field(ctx, "into"));
        try {
            entities.merge(t, key, into);
        } catch (InvalidContent e) {
            show(ctx, t, 422, key, storedForm(t, key), e.getMessage(), true);
            return;
        }
        ctx.redirect("/admin/" + kind(t) + "/" + into + "?merged=" + key, HttpStatus.SEE_OTHER);
    }

    private void edit(Context ctx, Taxonomy t) {
        String key = existing(ctx, t);
        var session = NewsroomAccess.session(ctx);
        var layout = layouts.layout(
                ctx, "admin." + kind(t) + ".title", session.account().displayName(), session.csrfToken());
        String message = ctx.queryParam("saved") != null
                ? layout.t("admin.saved")
                : ctx.queryParam("merged") != null
                        ? layout.t("admin.entities.merged", Picked.key(ctx.queryParam("merged")), key)
                        : null;
        show(ctx, t, 200, key, storedForm(t, key), message, false);
    }

    private String existing(Context ctx, Taxonomy t) {
        String key = ctx.pathParam("key");
        boolean found = t == Taxonomy.AUTHORS
                ? entities.author(key).isPresent()
                : entities.topic(key).isPresent();
        if (!found) {
            throw new PageNotFound(null, "no " + t.singular() + " '" + key + "'");
        }
        return key;
    }

    private void list(Context ctx, Taxonomy t, int status, AuthorTopicPage.Form form, String error) {
        show(ctx, t, status, null, form, error, error != null);
    }

    private void show(
            Context ctx,
            Taxonomy t,
            int status,
            String entity,
            AuthorTopicPage.Form form,
            String message,
            boolean error) {
        var session = NewsroomAccess.session(ctx);
        var layout = layouts.layout(
                ctx, "admin." + kind(t) + ".title", session.account().displayName(), session.csrfToken());
        Map<String, Integer> counts = entities.articleCounts(t);
        List<AuthorTopicPage.Entry> entries = (t == Taxonomy.AUTHORS
                        ? entities.authors().stream()
                                .map(a ->
                                        new AuthorTopicPage.Entry(a.key(), a.names(), counts.getOrDefault(a.key(), 0)))
                        : entities.topics().stream()
                                .map(o ->
                                        new AuthorTopicPage.Entry(o.key(), o.names(), counts.getOrDefault(o.key(), 0))))
                .toList();
        List<String> photos = t == Taxonomy.AUTHORS
                ? media.recent(PHOTO_CHOICES).stream()
                        .map(StoredImage::fileName)
                        .toList()
                : List.of();
        ctx.status(status)
                .contentType("text/html; charset=utf-8")
                .result(templates.render(
                        "editor/entities.jte",
                        new AuthorTopicPage(layout, t, kind(t), entries, form, entity, message, error, photos)));
    }

    private AuthorTopicPage.Form storedForm(Taxonomy t, String key) {
        if (t == Taxonomy.AUTHORS) {
            Author a = entities.author(key).orElseThrow();
            return new AuthorTopicPage.Form(
                    key,
                    handWritten(a.names(), a.traditionalDerived()),
                    handWritten(a.bios(), a.traditionalDerived()),
                    Optional.ofNullable(a.affiliation()).orElse(""),
                    Optional.ofNullable(a.photo()).orElse(""),
                    a.traditionalDerived() ? a.names().getOrDefault(Lang.ZH_HANT, "") : "");
        }
        Topic topic = entities.topic(key).orElseThrow();
        return new AuthorTopicPage.Form(
                key,
                handWritten(topic.names(), topic.traditionalDerived()),
                handWritten(topic.descriptions(), topic.traditionalDerived()),
                "",
                "",
                topic.traditionalDerived() ? topic.names().getOrDefault(Lang.ZH_HANT, "") : "");
    }

    private String derivedTraditional(Taxonomy t, String key) {
        return storedForm(t, key).derivedTraditional();
    }

    /** The texts a person wrote: a converted Traditional text shows as an empty field (left to convert). */
    private static Map<Lang, String> handWritten(Map<Lang, String> texts, boolean traditionalDerived) {
        Map<Lang, String> shown = new EnumMap<>(Lang.class);
        shown.putAll(texts);
        if (traditionalDerived) {
            shown.remove(Lang.ZH_HANT);
        }
        return shown;
    }

    private static AuthorTopicPage.Form emptyForm() {
        return new AuthorTopicPage.Form("", Map.of(), Map.of(), "", "", "");
    }

    private static AuthorTopicPage.Form formOf(AuthorTopicEdit edit, String derivedTraditional) {
        return new AuthorTopicPage.Form(
                edit.key(),
                edit.names(),
                edit.abouts(),
                Optional.ofNullable(edit.affiliation()).orElse(""),
                Optional.ofNullable(edit.photo()).orElse(""),
                derivedTraditional);
    }

    private void checkPhoto(Taxonomy t, String photo) {
        if (t == Taxonomy.AUTHORS
                && photo != null
                && !photo.isBlank()
                && media.file(photo.strip()).isEmpty()) {
            throw new InvalidContent("photo", "'" + photo.strip() + "' is not an image in the media library");
        }
    }

    private static AuthorTopicEdit edit(Context ctx, String key) {
        Map<Lang, String> names = new EnumMap<>(Lang.class);
        Map<Lang, String> abouts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            names.put(lang, field(ctx, "name-" + lang.tag()));
            abouts.put(lang, field(ctx, "about-" + lang.tag()));
        }
        return new AuthorTopicEdit(key, names, abouts, field(ctx, "affiliation"), field(ctx, "photo"));
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
