package org.tribune.site;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.tribune.content.ContentService;
import org.tribune.content.Lang;
import org.tribune.content.Listing;
import org.tribune.content.Slugs;
import org.tribune.web.Messages;
import org.tribune.web.PageNotFound;
import org.tribune.web.PageRequest;
import org.tribune.web.PageRoute;
import org.tribune.web.RenderedPage;
import org.tribune.web.SitePaths;

/**
 * {@code /{lang}/topics/{key}} and {@code /{lang}/authors/{key}}: the articles of one topic or one
 * author in one language, newest first. Both are the same page over a different classification.
 */
final class ClassificationPages {
    /** What differs between topic pages and author pages. */
    private record Kind(
            String segment,
            String headingKey,
            String descriptionKey,
            BiFunction<ContentService, String, Optional<Function<Lang, String>>> names,
            Function<String, Listing> listing,
            PagePath path) {}

    private interface PagePath {
        String of(Lang lang, String key, int page);
    }

    static final Kind TOPICS = new Kind(
            "topics",
            "listing.topic",
            "description.topic",
            (content, key) -> content.topic(key).map(topic -> topic::nameIn),
            Listing.ByTopic::new,
            SitePaths::topic);
    static final Kind AUTHORS = new Kind(
            "authors",
            "listing.author",
            "description.author",
            (content, key) -> content.author(key).map(author -> author::nameIn),
            Listing.ByAuthor::new,
            SitePaths::author);

    private final SiteRequests site;
    private final ListingRenderer listings;
    private final Kind kind;

    ClassificationPages(SiteRequests site, ListingRenderer listings, Kind kind) {
        this.site = site;
        this.listings = listings;
        this.kind = kind;
    }

    List<PageRoute> pages() {
        return List.of(
                new PageRoute("/{lang}/" + kind.segment() + "/{key}", request -> render(request, 1)),
                new PageRoute(
                        "/{lang}/" + kind.segment() + "/{key}/page/{n}",
                        request -> render(request, site.pageNumber(request, site.lang(request)))));
    }

    private RenderedPage render(PageRequest request, int page) {
        Lang lang = site.lang(request);
        String key = request.pathParam("key");
        Optional<Function<Lang, String>> found =
                Slugs.isValid(key) ? kind.names().apply(site.content, key) : Optional.empty();
        Function<Lang, String> names =
                found.orElseThrow(() -> new PageNotFound(lang, "no " + kind.segment() + " " + key));
        String name = names.apply(lang);
        Messages m = Messages.of(lang);
        String heading = m.get(kind.headingKey(), name);
        return site.cached(
                request,
                () -> listings.render(
                        lang,
                        kind.listing().apply(key),
                        page,
                        heading,
                        name,
                        m.get(kind.descriptionKey(), name),
                        n -> kind.path().of(lang, key, n)));
    }
}
