package org.tribune.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.tribune.content.ContentService;
import org.tribune.content.Lang;
import org.tribune.content.Slugs;
import org.tribune.content.Taxonomy;
import org.tribune.web.PageCache;
import org.tribune.web.PageNotFound;
import org.tribune.web.PageRequest;
import org.tribune.web.PageRoute;
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

    List<PageRoute> pages() {
        List<PageRoute> pages = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            pages.add(new PageRoute(
                    "/{lang}/" + format.fileName(),
                    request -> render(request, format, (lang, key) -> new FeedScope.Everything())));
            pages.add(new PageRoute(
                    "/{lang}/topics/{key}/" + format.fileName(),
                    request -> renderOrRedirect(request, format, this::topic, Taxonomy.TOPICS, "topics")));
            pages.add(new PageRoute(
                    "/{lang}/authors/{key}/" + format.fileName(),
                    request -> renderOrRedirect(request, format, this::author, Taxonomy.AUTHORS, "authors")));
        }
        return pages;
    }

    /** As {@link #render}; a key merged into another answers with a permanent redirect to that one's feed. */
    private RenderedPage renderOrRedirect(
            PageRequest request,
            FeedFormat format,
            BiFunction<Lang, String, FeedScope> scope,
            Taxonomy taxonomy,
            String segment) {
        try {
            return render(request, format, scope);
        } catch (PageNotFound notFound) {
            String key = request.pathParams().get("key");
            Optional<String> into = valid(key).flatMap(k -> content.mergedInto(taxonomy, k));
            if (into.isEmpty()) {
                throw notFound;
            }
            String target =
                    "/" + request.pathParam("lang") + "/" + segment + "/" + into.get() + "/" + format.fileName();
            return RenderedPage.of(301, "text/plain; charset=utf-8", target.getBytes(StandardCharsets.UTF_8))
                    .withHeader("Location", target);
        }
    }

    /** Looks the scope up only when the feed is not cached, so cached feeds cost no query at all. */
    private RenderedPage render(PageRequest request, FeedFormat format, BiFunction<Lang, String, FeedScope> scope) {
        Lang lang = Lang.fromPathSegment(request.pathParam("lang"))
                .orElseThrow(() -> new PageNotFound(null, "no language " + request.pathParam("lang")));
        String key = request.pathParams().get("key");
        // Readers' apps and the export ask for the other notations too: one reading serves all three.
        String path = request.path();
        String base = path.substring(0, path.length() - format.fileName().length());
        return cache.getMadeTogether(path, () -> {
            AssembledFeed feed = assembler.assemble(scope.apply(lang, key), lang);
            Map<String, RenderedPage> notations = new HashMap<>();
            for (FeedFormat each : FeedFormat.values()) {
                notations.put(base + each.fileName(), RenderedPage.of(200, each.contentType(), each.write(feed)));
            }
            return notations;
        });
    }

    private FeedScope topic(Lang lang, String key) {
        return valid(key)
                .flatMap(content::topic)
                .<FeedScope>map(FeedScope.OfTopic::new)
                .orElseThrow(() -> new PageNotFound(lang, "no topic " + key));
    }

    private FeedScope author(Lang lang, String key) {
        return valid(key)
                .flatMap(content::author)
                .<FeedScope>map(FeedScope.OfAuthor::new)
                .orElseThrow(() -> new PageNotFound(lang, "no author " + key));
    }

    private static Optional<String> valid(String key) {
        return Optional.of(key).filter(Slugs::isValid);
    }
}
