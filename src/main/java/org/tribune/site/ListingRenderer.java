package org.tribune.site;

import java.util.function.IntFunction;
import org.tribune.content.Lang;
import org.tribune.content.Listing;
import org.tribune.content.ListingPage;
import org.tribune.web.Layout;
import org.tribune.web.Messages;
import org.tribune.web.PageNotFound;
import org.tribune.web.RenderedPage;

/** Renders one page of a listing (home, topic, author, month) with its pagination. */
final class ListingRenderer {
    private final SiteRequests site;

    ListingRenderer(SiteRequests site) {
        this.site = site;
    }

    /**
     * @param title the page's title, or null for the site's home
     * @param description what the listing lists, for search engines' snippets
     * @param pathOfPage the address of each page number of this listing
     */
    RenderedPage render(
            Lang lang,
            Listing listing,
            int page,
            String heading,
            String title,
            String description,
            IntFunction<String> pathOfPage) {
        return render(lang, listing, page, heading, title, description, pathOfPage, null);
    }

    /** As above, with what the page says about its author or topic on its first page. */
    RenderedPage render(
            Lang lang,
            Listing listing,
            int page,
            String heading,
            String title,
            String description,
            IntFunction<String> pathOfPage,
            ListPage.Intro intro) {
        ListingPage result = site.content.listing(listing, lang, page);
        if (page > 1 && result.items().isEmpty()) {
            throw new PageNotFound(lang, "listing has no page " + page);
        }
        Messages m = Messages.of(lang);
        String pageLabel = result.pageCount() > 1 ? m.get("pagination.page", page, result.pageCount()) : null;
        String fullTitle = page > 1 ? (title != null ? title : heading) + " · " + pageLabel : title;
        Layout layout = page == 1
                ? site.layouts.everyLanguage(lang, fullTitle, description, pathOfPage.apply(1))
                : site.layouts.laterPage(lang, fullTitle, description, pathOfPage.apply(page), pathOfPage.apply(1));
        var view = new ListPage(
                layout,
                heading,
                m.get("listing.count", result.total()),
                result.items().stream().map(site::teaser).toList(),
                result.hasPrevious() ? pathOfPage.apply(page - 1) : null,
                result.hasNext() ? pathOfPage.apply(page + 1) : null,
                pageLabel,
                page == 1 && intro != null && !intro.isEmpty() ? intro : null);
        return site.render("site/listing.jte", view);
    }
}
