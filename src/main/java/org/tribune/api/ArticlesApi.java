package org.tribune.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tribune.auth.Account;
import org.tribune.auth.ApiAccess;
import org.tribune.auth.Permission;
import org.tribune.content.ArticleRef;
import org.tribune.content.ContentService;
import org.tribune.content.EditionInput;
import org.tribune.content.InvalidContent;
import org.tribune.content.Lang;
import org.tribune.content.SaveOutcome;
import org.tribune.content.SaveResult;
import org.tribune.editor.EditingRights;
import org.tribune.editor.WorkflowAction;
import org.tribune.newsroom.ArticleDrafts;
import org.tribune.newsroom.EditionDraft;
import org.tribune.newsroom.NewsroomService;
import org.tribune.newsroom.UntranslatedBlocksRemain;
import org.tribune.web.InvalidFields;
import org.tribune.web.PageCache;
import org.tribune.web.PageResponder;
import org.tribune.web.ReadRoutes;
import org.tribune.web.RenderedPage;
import org.tribune.web.SitePaths;

/**
 * {@code /api/v1/articles}: published articles for anyone, newest first, paged by cursor; writing
 * editions and moving them through the workflow for token holders.
 */
public final class ArticlesApi {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final ContentService content;
    private final NewsroomService newsroom;
    private final PageCache cache;
    private final Supplier<String> baseUrl;

    public ArticlesApi(ContentService content, NewsroomService newsroom, PageCache cache, Supplier<String> baseUrl) {
        this.content = content;
        this.newsroom = newsroom;
        this.cache = cache;
        this.baseUrl = baseUrl;
    }

    public void addRoutes(RoutesConfig routes) {
        ReadRoutes.add(routes, "/api/v1/articles", this::list, Permission.PUBLIC);
        ReadRoutes.add(routes, "/api/v1/articles/{id}", this::one, Permission.PUBLIC);
        routes.put("/api/v1/articles/{id}/editions/{lang}", this::write, Permission.WRITE);
        for (WorkflowAction action : WorkflowAction.values()) {
            routes.post(
                    "/api/v1/articles/{id}/editions/{lang}/" + action.segment(),
                    ctx -> move(ctx, action),
                    action.permission());
        }
    }

    private void list(Context ctx) {
        Lang lang = langParam(ctx);
        int limit = limit(ctx);
        ArticleRef after = cursor(ctx.queryParam("cursor"));
        String key = "api:" + ctx.path() + "?" + (lang == null ? "" : lang.tag()) + "&" + limit + "&"
                + Optional.ofNullable(ctx.queryParam("cursor")).orElse("");
        PageResponder.send(ctx, cache.get(key, () -> {
            List<ArticleRef> refs = content.publishedArticles(lang, after, limit + 1);
            boolean more = refs.size() > limit;
            List<ApiViews.ArticleJson> items = new ArrayList<>();
            for (ArticleRef ref : refs.subList(0, Math.min(limit, refs.size()))) {
                items.add(article(ref.id(), ref.firstPublished(), lang));
            }
            String next = more
                    ? "/api/v1/articles?limit=" + limit + (lang == null ? "" : "&lang=" + lang.tag()) + "&cursor="
                            + cursorOf(refs.get(limit - 1))
                    : null;
            return json(new ApiViews.ArticlePageJson(items, next));
        }));
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        Lang lang = langParam(ctx);
        String key = "api:" + ctx.path() + "?" + (lang == null ? "" : lang.tag());
        PageResponder.send(ctx, cache.get(key, () -> {
            ApiViews.ArticleJson article = article(id, null, lang);
            if (article.editions().isEmpty()) {
                throw new NotFoundResponse(
                        "no published article '" + id + "'" + (lang == null ? "" : " in " + lang.tag()));
            }
            return json(article);
        }));
    }

    private ApiViews.ArticleJson article(String id, Instant firstPublished, Lang only) {
        List<ApiViews.EditionJson> editions = new ArrayList<>();
        Instant first = firstPublished;
        for (Lang lang : Lang.values()) {
            if (only != null && lang != only) {
                continue;
            }
            var view = content.articleWithoutRelated(id, lang);
            if (view.isPresent()) {
                editions.add(ApiViews.EditionJson.of(view.get(), baseUrl.get() + SitePaths.article(lang, id)));
                Instant p = view.get().edition().published();
                first = first == null || p.isBefore(first) ? p : first;
            }
        }
        String base = baseUrl.get();
        return new ApiViews.ArticleJson(
                id,
                first,
                editions,
                editions.isEmpty()
                        ? null
                        : content.articleImage(id)
                                .map(image -> ApiViews.ImageJson.of(image, base))
                                .orElse(null));
    }

    private void write(Context ctx) {
        Account caller = ApiAccess.caller(ctx);
        String id = ctx.pathParam("id");
        Lang lang = pathLang(ctx);
        EditionPayload.Payload payload = EditionPayload.read(body(ctx), id, lang);
        EditionInput input = payload.edition();
        ArticleDrafts drafts = newsroom.drafts(id);
        Optional<EditionDraft> current = drafts.in(lang);
        Optional<EditionDraft> article = drafts.representative();
        boolean newArticle = article.isEmpty();
        if (newArticle
                ? !EditingRights.mayStartArticle(caller)
                : !EditingRights.mayWrite(
                        caller,
                        article.get(),
                        lang,
                        current.map(d -> d.edition().status()).orElse(null))) {
            throw new ForbiddenResponse("a token with role " + caller.role().code() + " may not write this edition");
        }
        if (payload.image() != null && !content.isMediaImage(payload.image().media())) {
            throw new InvalidFields(List.of(new InvalidFields.FieldProblem(
                    "image.src", "no image " + payload.image().media() + " in the media library; upload it first")));
        }
        SaveResult saved;
        try {
            saved = newsroom.save(input, caller.username());
            if (payload.image() != null) {
                content.setArticleImage(id, payload.image());
            } else if (payload.imageGiven()) {
                content.removeArticleImage(id);
            }
        } catch (InvalidContent e) {
            throw new InvalidFields(List.of(new InvalidFields.FieldProblem(
                    e.field(), e.getMessage().substring(e.field().length() + 2))));
        }
        ctx.status(saved.outcome() == SaveOutcome.CREATED ? 201 : 200);
        if (saved.outcome() == SaveOutcome.CREATED) {
            ctx.header("Location", "/api/v1/articles/" + id + "?lang=" + lang.tag());
        }
        sendJson(
                ctx,
                ApiViews.WrittenJson.of(
                        newsroom.edition(id, lang).orElseThrow(), newsroom.gap(id, lang), saved.ignoredNames()));
    }

    private ApiViews.WrittenJson written(String id, Lang lang) {
        return ApiViews.WrittenJson.of(newsroom.edition(id, lang).orElseThrow(), newsroom.gap(id, lang));
    }

    private void move(Context ctx, WorkflowAction action) {
        Account caller = ApiAccess.caller(ctx);
        String id = ctx.pathParam("id");
        Lang lang = pathLang(ctx);
        EditionDraft draft = newsroom.draft(id, lang)
                .filter(d -> EditingRights.mayRead(caller, d, lang))
                .orElseThrow(() -> new NotFoundResponse("no " + lang.tag() + " edition of '" + id + "'"));
        if (!EditingRights.mayWrite(caller, draft, lang, draft.edition().status())) {
            throw new ForbiddenResponse("a token with role " + caller.role().code() + " may not move this edition");
        }
        if (!action.startsFrom(draft.edition().status())) {
            throw new ConflictResponse(
                    "an edition that is " + draft.edition().status().code() + " cannot " + action.segment());
        }
        JsonNode request = body(ctx);
        boolean anyway = request.path("publishUntranslated").asBoolean(false);
        if (anyway && !caller.may(Permission.PUBLISH)) {
            throw new ForbiddenResponse("only editors and admins may publish untranslated blocks");
        }
        Instant at = null;
        if (action == WorkflowAction.SCHEDULE) {
            JsonNode when = request.get("published");
            try {
                at = when == null ? null : Instant.parse(when.asText());
            } catch (DateTimeParseException e) {
                at = null;
            }
            if (at == null) {
                throw new InvalidFields(List.of(new InvalidFields.FieldProblem(
                        "published", "scheduling needs an ISO 8601 instant in the future, e.g. 2026-03-04T09:00:00Z")));
            }
        }
        try {
            newsroom.changeStatus(id, lang, action.to(), at, caller.username(), action.segment(), anyway);
        } catch (UntranslatedBlocksRemain e) {
            sendUntranslated(ctx, e);
            return;
        }
        sendJson(ctx, written(id, lang));
    }

    /** 409 with the blocks that keep the edition from moving, for the client to fix or override. */
    private static void sendUntranslated(Context ctx, UntranslatedBlocksRemain e) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "The translation has untranslated blocks");
        problem.put("status", 409);
        problem.put("detail", e.getMessage() + " (send {\"publishUntranslated\": true} to publish anyway)");
        problem.put("instance", ctx.path());
        problem.put("untranslatedBlocks", e.blocks());
        problem.put("untranslatedFields", e.fields());
        ctx.header("Cache-Control", "no-store");
        try {
            ctx.status(409).contentType("application/problem+json").result(JSON.writeValueAsBytes(problem));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", impossible);
        }
    }

    /**
     * The request's JSON object, read as strictly as the import reads a line: UTF-8 only, one
     * value, no key twice, declared as {@code application/json}.
     */
    static JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        String text = utf8(bytes);
        if (text.isBlank()) {
            return JSON.createObjectNode();
        }
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        int semicolon = type.indexOf(';');
        String mediaType = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        if (!mediaType.equalsIgnoreCase("application/json")) {
            throw new HttpResponseException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "send the body as application/json, not '" + type + "'");
        }
        try (JsonParser parser = STRICT.createParser(text)) {
            JsonNode value = STRICT.readTree(parser);
            if (parser.nextToken() != null) {
                throw new BadRequestResponse("the body has more data after the JSON value, at character "
                        + parser.currentTokenLocation().getCharOffset());
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequestResponse("the body could not be read: " + e.getMessage());
        }
    }

    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BadRequestResponse("the body is not valid UTF-8: bad byte at byte " + in.position());
        }
        return out.flip().toString();
    }

    private static Lang langParam(Context ctx) {
        String tag = ctx.queryParam("lang");
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return Lang.fromTag(tag)
                .or(() -> Lang.fromPathSegment(tag))
                .orElseThrow(() -> new BadRequestResponse("lang must be en, zh-Hans or zh-Hant, got '" + tag + "'"));
    }

    private static Lang pathLang(Context ctx) {
        String tag = ctx.pathParam("lang");
        return Lang.fromTag(tag)
                .or(() -> Lang.fromPathSegment(tag))
                .orElseThrow(() -> new NotFoundResponse("no language '" + tag + "'; use en, zh-Hans or zh-Hant"));
    }

    private static int limit(Context ctx) {
        String text = ctx.queryParam("limit");
        try {
            int limit = text == null ? DEFAULT_LIMIT : Integer.parseInt(text);
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("limit must be a number from 1 to " + MAX_LIMIT);
        }
    }

    static String cursorOf(ArticleRef ref) {
        String raw = ref.firstPublished().toEpochMilli() + ":" + ref.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ArticleRef cursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return new ArticleRef(
                    raw.substring(colon + 1), Instant.ofEpochMilli(Long.parseLong(raw.substring(0, colon))));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadRequestResponse("the cursor is not one this API gave out; start again without it");
        }
    }

    private static RenderedPage json(Object value) {
        try {
            return RenderedPage.of(200, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static void sendJson(Context ctx, Object value) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8").result(json(value).body());
    }
}
