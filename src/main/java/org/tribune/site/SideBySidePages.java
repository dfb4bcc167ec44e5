package org.tribune.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tribune.content.Edition;
import org.tribune.content.Lang;
import org.tribune.content.SideBySide;
import org.tribune.content.Slugs;
import org.tribune.web.Layout;
import org.tribune.web.PageNotFound;
import org.tribune.web.PageRequest;
import org.tribune.web.PageRoute;
import org.tribune.web.RenderedPage;
import org.tribune.web.SitePaths;

/**
 * {@code /{lang}/articles/{slug}/parallel/{other}}: bilingual reading, the edition in {@code lang}
 * beside the edition in {@code other}, paragraph by paragraph as the translation desk aligns
 * them. A page of its own (not a script on the article page) so that it reads without
 * JavaScript, prints, is cached and exported like any page; not for search engines, which index
 * the editions' own pages.
 */
final class SideBySidePages {
    private final SiteRequests site;

    SideBySidePages(SiteRequests site) {
        this.site = site;
    }

    List<PageRoute> pages() {
        return List.of(new PageRoute("/{lang}/articles/{slug}/parallel/{other}", this::sideBySide));
    }

    /** Links from an edition's page in {@code lang} to reading it beside each other edition; {@code current} marked. */
    static List<Layout.SideBySideLink> links(Layout layout, String slug, Set<Lang> availableIn, Lang current) {
        List<Layout.SideBySideLink> links = new ArrayList<>();
        for (Lang other : Lang.values()) {
            if (other != layout.lang() && availableIn.contains(other)) {
                links.add(new Layout.SideBySideLink(
                        other,
                        layout.t(
                                "sidebyside.pair",
                                layout.t("language." + layout.lang().tag()),
                                layout.t("language." + other.tag())),
                        SitePaths.sideBySide(layout.lang(), slug, other),
                        other == current));
            }
        }
        return links;
    }

    private RenderedPage sideBySide(PageRequest request) {
        Lang lang = site.lang(request);
        String slug = request.pathParam("slug");
        if (!Slugs.isValid(slug)) {
            throw new PageNotFound(lang, "no article " + slug);
        }
        Lang other = Lang.fromPathSegment(request.pathParam("other"))
                .filter(l -> l != lang)
                .orElseThrow(() -> new PageNotFound(lang, "no other edition " + request.pathParam("other")));
        // The article's other pairings come from the same reading: a reader switching pairs, and
        // the export, which asks for all six, find them made.
        String path = request.path();
        return site.cachedTogether(request, () -> {
            Map<String, RenderedPage> pages = new HashMap<>();
            for (SideBySide pair : site.content.sideBySides(slug)) {
                Lang first = pair.first().edition().lang();
                Lang second = pair.second().edition().lang();
                pages.put(
                        first == lang && second == other ? path : SitePaths.sideBySide(first, slug, second),
                        render(pair));
            }
            if (!pages.containsKey(path)) {
                throw new PageNotFound(
                        lang, "no " + lang.tag() + " and " + other.tag() + " editions of " + slug + " to pair");
            }
            return pages;
        });
    }

    private RenderedPage render(SideBySide pair) {
        Edition first = pair.first().edition();
        Edition second = pair.second().edition();
        Lang lang = first.lang();
        String slug = first.articleId();
        Layout frame = site.layouts.sideBySide(
                lang,
                first.title() + " · " + second.title(),
                first.summary(),
                pair.first().availableIn(),
                l -> SitePaths.article(l, slug));
        Layout layout = frame.withSideBySide(links(frame, slug, pair.first().availableIn(), second.lang()));
        var page = new SideBySidePage(
                layout,
                new SideBySidePage.Column(
                        first.lang(),
                        first.title(),
                        first.summary(),
                        SitePaths.article(first.lang(), slug),
                        layout.t(
                                "sidebyside.edition",
                                layout.t("language." + first.lang().tag()))),
                new SideBySidePage.Column(
                        second.lang(),
                        second.title(),
                        second.summary(),
                        SitePaths.article(second.lang(), slug),
                        layout.t(
                                "sidebyside.edition",
                                layout.t("language." + second.lang().tag()))),
                layout.date(first.published()),
                first.published().toString(),
                SiteRequests.authorLinks(lang, pair.first().authors()),
                pair.blocks());
        return site.render("site/sidebyside.jte", page);
    }
}
