package org.tribune.feed;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.tribune.content.ContentService;
import org.tribune.content.Lang;
import org.tribune.content.Slugs;
import org.tribune.web.PageCache;
import org.tribune.web.PageNotFound;
import org.tribune.web.PageResponder;
import org.tribune.web.ReadRoutes;
import org.tribune.web.RenderedPage;

/**
 * {@code /{lang}/feed.xml|.rss|.json} and the same under {@code /{lang}/topics/{key}/} and
 * {@code /{lang}/authors/{key}/}: the latest editions in each notation, cached like pages.
 */
final class FeedPages {
    private final ContentService content;
    private final FeedAssembler assembler;
    private final PageCache cache;

    FeedPages(ContentService content, FeedAssembler assembler, PageCache cache) {
        this.content = content;
        this.assembler = assembler;
        this.cache = cache;
    }

    void addRoutes(RoutesConfig routes) {
        for (FeedFormat format : FeedFormat.values()) {
            ReadRoutes.add(routes, "/{lang}/" + format.fileName(),
                    ctx -> serve(ctx, format, (lang, key) -> new FeedScope.Everything()));
            ReadRoutes.add(routes, "/{lang}/topics/{key}/" + format.fileName(),
                    ctx -> serve(ctx, format, this::topic));
            ReadRoutes.add(routes, "/{lang}/authors/{key}/" + format.fileName(),
                    ctx -> serve(ctx, format, this::author));
        }
    }

    /** Looks the scope up only when the feed is not cached, so cached feeds cost no query at all. */
    private void serve(Context ctx, FeedFormat format, BiFunction<Lang, String, FeedScope> scope) {
        Lang lang = Lang.fromPathSegment(ctx.pathParam("lang"))
                .orElseThrow(() -> new PageNotFound(null, "no language " + ctx.pathParam("lang")));
        String key = ctx.pathParamMap().get("key");
        // Readers' apps and the export ask for the other notations too: one reading serves all three.
        String base = ctx.path().substring(0, ctx.path().length() - format.fileName().length());
        PageResponder.send(ctx, cache.getMadeTogether(ctx.path(), () -> {
            Feed feed = assembler.assemble(scope.apply(lang, key), lang);
            Map<String, RenderedPage> notations = new HashMap<>();
            for (FeedFormat each : FeedFormat.values()) {
                notations.put(base + each.fileName(), RenderedPage.of(200, each.contentType(), each.write(feed)));
            }
            return notations;
        }));
    }

    private FeedScope topic(Lang lang, String key) {
        return valid(key).flatMap(content::topic).<FeedScope>map(FeedScope.OfTopic::new)
                .orElseThrow(() -> new PageNotFound(lang, "no topic " + key));
    }

    private FeedScope author(Lang lang, String key) {
        return valid(key).flatMap(content::author).<FeedScope>map(FeedScope.OfAuthor::new)
                .orElseThrow(() -> new PageNotFound(lang, "no author " + key));
    }

    private static Optional<String> valid(String key) {
        return Optional.of(key).filter(Slugs::isValid);
    }
}
