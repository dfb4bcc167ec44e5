package org.tribune.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.tribune.content.ContentService;
import org.tribune.content.Lang;
import org.tribune.content.Listing;
import org.tribune.content.Slugs;
import org.tribune.content.Taxonomy;
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
            Taxonomy taxonomy,
            BiFunction<ContentService, String, Optional<Shown>> find,
            Function<String, Listing> listing,
            PagePath path) {}

    /** An author or topic as its page shows it: its name and what the page says about it, per language. */
    private record Shown(Function<Lang, String> name, Function<Lang, ListPage.Intro> intro) {}

    private interface PagePath {
        String of(Lang lang, String key, int page);
    }

    static final Kind TOPICS = new Kind(
            "topics",
            "listing.topic",
            "description.topic",
            Taxonomy.TOPICS,
            (content, key) -> content.topic(key)
                    .map(topic -> new Shown(
                            topic::nameIn, lang -> new ListPage.Intro(null, null, null, topic.descriptionIn(lang)))),
            Listing.ByTopic::new,
            SitePaths::topic);
    static final Kind AUTHORS = new Kind(
            "authors",
            "listing.author",
            "description.author",
            Taxonomy.AUTHORS,
            (content, key) -> content.author(key)
                    .map(author -> new Shown(
                            author::nameIn,
                            lang -> new ListPage.Intro(
                                    author.photo() == null ? null : "/media/" + author.photo(),
                                    author.nameIn(lang),
                                    author.affiliation(),
                                    author.bioIn(lang)))),
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
        Optional<Shown> found = Slugs.isValid(key) ? kind.find().apply(site.content, key) : Optional.empty();
        if (found.isEmpty()) {
            // A key merged into another answers for it, permanently.
            String into = (Slugs.isValid(key)
                            ? site.content.mergedInto(kind.taxonomy(), key)
                            : Optional.<String>empty())
                    .orElseThrow(() -> new PageNotFound(lang, "no " + kind.segment() + " " + key));
            return movedTo(kind.path().of(lang, into, page));
        }
        Shown shown = found.get();
        String name = shown.name().apply(lang);
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
                        n -> kind.path().of(lang, key, n),
                        shown.intro().apply(lang)));
    }

    private static RenderedPage movedTo(String path) {
        return RenderedPage.of(301, "text/plain; charset=utf-8", path.getBytes(StandardCharsets.UTF_8))
                .withHeader("Location", path);
    }
}
