package org.tribune.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tribune.auth.Account;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Permission;
import org.tribune.content.Edition;
import org.tribune.content.EditionInput;
import org.tribune.content.InvalidContent;
import org.tribune.content.MarkdownBlocks;
import org.tribune.content.Named;
import org.tribune.content.Revision;
import org.tribune.content.UntranslatedBlocks;
import org.tribune.newsroom.ArticleDrafts;
import org.tribune.newsroom.DeskProgress;
import org.tribune.newsroom.EditionDraft;
import org.tribune.newsroom.NewsroomService;
import org.tribune.web.AdminLayouts;
import org.tribune.web.PageNotFound;
import org.tribune.web.Templates;

/**
 * {@code /admin/articles/{id}/{lang}/translate}: the translation desk. Source blocks that changed
 * since the translation was made are highlighted with their old and new text; the translator
 * rewrites the translated blocks beside them and marks each done. Once every change is done the
 * translation counts as up to date; until then the desk remembers what is left.
 */
public final class DeskPages {
    private final NewsroomService newsroom;
    private final Templates templates;
    private final AdminLayouts layouts;

    public DeskPages(NewsroomService newsroom, Templates templates, AdminLayouts layouts) {
        this.newsroom = newsroom;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/admin/articles/{id}/{lang}/translate", this::show, Permission.NEWSROOM);
        routes.post("/admin/articles/{id}/{lang}/translate", this::save, Permission.WRITE);
    }

    /** What the desk lines up: the current source, the text the translation follows, and the translation. */
    private record Desk(
            EditionDraft source,
            Optional<EditionDraft> translation,
            Revision earlier,
            Optional<DeskProgress> progress) {}

    /** The source text the translation's blocks follow: where the desk left it, or what it was made from. */
    private record Followed(String title, String summary, String body) {}

    private Desk desk(Context ctx, EditorPages.Target t) {
        ArticleDrafts article = newsroom.drafts(t.id());
        EditionDraft source =
                article.representative().orElseThrow(() -> new PageNotFound(null, "no article '" + t.id() + "'"));
        EditorPages.checkMayRead(ctx, source, t.lang());
        if (source.edition().lang() == t.lang()) {
            throw new PageNotFound(null, "the " + t.lang().tag() + " edition is the source, not a translation");
        }
        Optional<EditionDraft> translation = article.in(t.lang());
        Optional<DeskProgress> progress = newsroom.deskProgress(t.id(), t.lang());
        Revision earlier = newsroom.sourceAsOf(
                        t.id(),
                        source.edition().lang(),
                        translation.map(d -> d.edition().basedOnHash()).orElse(null))
                .orElse(null);
        return new Desk(source, translation, earlier, progress);
    }

    private void show(Context ctx) {
        var t = EditorPages.target(ctx);
        render(ctx, 200, page(ctx, desk(ctx, t), Set.of(), ctx.queryParam("saved") != null));
    }

    private DeskPage page(Context ctx, Desk desk, Set<String> done, boolean saved) {
        Edition now = desk.source().edition();
        Edition translated = desk.translation().map(EditionDraft::edition).orElse(null);
        Followed followed = followed(desk);
        String earlierTitle = followed.title();
        String earlierSummary = followed.summary();
        String earlierBody = followed.body();
        Set<String> pending = desk.progress().map(DeskProgress::pending).orElse(Set.of());
        List<String> translatedBlocks = translated != null
                ? MarkdownBlocks.split(translated.bodyMarkdown())
                : MarkdownBlocks.split(now.bodyMarkdown());
        DeskRow title =
                single(earlierTitle, now.title(), translated != null ? translated.title() : now.title(), pending, done);
        DeskRow summary = single(
                earlierSummary,
                now.summary(),
                translated != null ? translated.summary() : now.summary(),
                pending,
                done);
        List<DeskRow> blocks = DeskAlignment.align(
                MarkdownBlocks.split(earlierBody),
                MarkdownBlocks.split(now.bodyMarkdown()),
                translatedBlocks,
                pending,
                done);
        boolean behind = translated != null
                && (desk.progress().isPresent()
                        || (translated.basedOnHash() != null
                                && !translated.basedOnHash().equals(now.sourceHash())));
        var session = NewsroomAccess.session(ctx);
        Account who = session.account();
        var layout = layouts.titled(ctx, now.title(), who.displayName(), session.csrfToken());
        EditionDraft article = desk.source();
        boolean mayWrite = EditingRights.mayWrite(
                who, article, EditorPages.target(ctx).lang(), translated == null ? null : translated.status());
        return new DeskPage(
                layout,
                article.edition().articleId(),
                article.sourceLang(),
                EditorPages.target(ctx).lang(),
                title,
                summary,
                blocks,
                behind,
                desk.earlier() != null || desk.progress().isPresent() || translated == null,
                saved,
                mayWrite,
                null,
                newsroom.keptBlocks(
                        article.edition().articleId(), EditorPages.target(ctx).lang()));
    }

    private static Followed followed(Desk desk) {
        if (desk.progress().isPresent()) {
            DeskProgress p = desk.progress().get();
            return new Followed(p.alignedTitle(), p.alignedSummary(), p.alignedBody());
        }
        Revision earlier = desk.earlier();
        Edition now = desk.source().edition();
        // Without a known earlier text the translation is taken to follow the current one.
        return earlier != null
                ? new Followed(earlier.title(), earlier.summary(), earlier.bodyMarkdown())
                : new Followed(now.title(), now.summary(), now.bodyMarkdown());
    }

    /**
     * What the saved translation's blocks follow: each row's source block where a translated block
     * was kept beside it (a removed source block keeps its old text there, so it lines up again).
     */
    private static String alignedBody(List<DeskRow> rows, List<String> typed) {
        List<String> followed = new ArrayList<>();
        for (DeskRow row : rows) {
            String translation = row.index() < typed.size() ? typed.get(row.index()) : "";
            if (!translation.isBlank()) {
                followed.add(
                        !row.source().isEmpty()
                                ? row.source()
                                : row.previousSource() != null ? row.previousSource() : "(" + row.key() + ")");
            }
        }
        return MarkdownBlocks.join(followed);
    }

    private static DeskRow single(
            String earlier, String now, String translated, Set<String> pending, Set<String> done) {
        List<String> before = earlier.isBlank() ? List.of() : List.of(earlier);
        List<String> after = now.isBlank() ? List.of() : List.of(now);
        List<String> translation = translated.isBlank() ? List.of() : List.of(translated);
        List<DeskRow> rows = DeskAlignment.align(before, after, translation, pending, done);
        return rows.stream()
                .filter(r ->
                        r.change() != DeskRow.Change.REMOVED || !r.translation().isEmpty())
                .findFirst()
                .orElse(new DeskRow(
                        0, DeskAlignment.key(now), now, translated, DeskRow.Change.SAME, null, null, false));
    }

    private void save(Context ctx) {
        var t = EditorPages.target(ctx);
        Desk desk = desk(ctx, t);
        Account who = NewsroomAccess.session(ctx).account();
        EditionDraft article = desk.source();
        if (!EditingRights.mayWrite(
                who,
                article,
                t.lang(),
                desk.translation().map(d -> d.edition().status()).orElse(null))) {
            throw new ForbiddenResponse(who.role().code() + " may not write this translation");
        }
        Set<String> done = new HashSet<>(ctx.formParams("done"));
        DeskPage checked = page(ctx, desk, done, false);
        Set<String> pending = new HashSet<>();
        for (DeskRow row : rowsOf(checked)) {
            if (row.needsWork() && row.change() != DeskRow.Change.REMOVED) {
                pending.add(row.key());
            }
        }
        List<String> blocks = ctx.formParams("block");
        Set<String> keep = new HashSet<>(ctx.formParams("keep"));
        // By key alone: the desk shows no names, and the names shown elsewhere are the entities' own.
        var authors = Named.keysOnly(article.authors());
        var topics = Named.keysOnly(article.topics());
        var input = new EditionInput(
                t.id(),
                t.lang(),
                Optional.ofNullable(ctx.formParam("title")).orElse(""),
                Optional.ofNullable(ctx.formParam("summary")).orElse(""),
                MarkdownBlocks.join(blocks),
                null,
                null,
                authors,
                topics,
                keptNumbers(blocks, keep),
                keptFields(keep),
                false);
        try {
            newsroom.saveFromDesk(
                    input,
                    who.username(),
                    new DeskProgress(
                            article.edition().title(),
                            article.edition().summary(),
                            alignedBody(checked.blocks(), blocks),
                            pending));
        } catch (InvalidContent e) {
            render(ctx, 422, checked.typed(input.title(), input.summary(), blocks, e.getMessage()));
            return;
        }
        ctx.redirect(checked.base() + "/translate?saved=1", HttpStatus.SEE_OTHER);
    }

    /** The title and summary the translator marked "keep as is" ({@code keep} holds their names). */
    static Set<String> keptFields(Set<String> keep) {
        Set<String> fields = new HashSet<>();
        for (String field : List.of(UntranslatedBlocks.TITLE, UntranslatedBlocks.SUMMARY)) {
            if (keep.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    /**
     * The body blocks, numbered from 1 in the body the typed blocks join into, whose row the
     * translator marked "keep as is" ({@code keep} holds row indices).
     */
    static List<Integer> keptNumbers(List<String> typed, Set<String> keep) {
        List<Integer> numbers = new ArrayList<>();
        int next = 1;
        for (int row = 0; row < typed.size(); row++) {
            int count = MarkdownBlocks.split(typed.get(row)).size();
            if (keep.contains(String.valueOf(row))) {
                for (int k = 0; k < count; k++) {
                    numbers.add(next + k);
                }
            }
            next += count;
        }
        return numbers;
    }

    private static List<DeskRow> rowsOf(DeskPage page) {
        List<DeskRow> all = new ArrayList<>(List.of(page.title(), page.summary()));
        all.addAll(page.blocks());
        return all;
    }

    private void render(Context ctx, int status, DeskPage page) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render("editor/desk.jte", page));
    }
}
