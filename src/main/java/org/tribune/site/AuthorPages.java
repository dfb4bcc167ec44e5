package org.tribune.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.tribune.content.Author;
import org.tribune.content.Lang;
import org.tribune.content.Listing;
import org.tribune.content.Slugs;
import org.tribune.web.Messages;
import org.tribune.web.PageNotFound;
import org.tribune.web.SitePaths;

/** {@code /{lang}/authors/{key}}: an author's articles in one language, newest first. */
public final class AuthorPages {
    private final SiteRequests site;
    private final ListingRenderer listings;

    AuthorPages(SiteRequests site, ListingRenderer listings) {
        this.site = site;
        this.listings = listings;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/{lang}/authors/{key}", ctx -> author(ctx, 1));
        routes.get("/{lang}/authors/{key}/page/{n}", ctx -> author(ctx, site.pageNumber(ctx, site.lang(ctx))));
    }

    private void author(Context ctx, int page) {
        Lang lang = site.lang(ctx);
        String key = ctx.pathParam("key");
        Author author = (Slugs.isValid(key) ? site.content.author(key) : java.util.Optional.<Author>empty())
                .orElseThrow(() -> new PageNotFound(lang, "no author " + key));
        String name = author.nameIn(lang);
        String heading = Messages.of(lang).get("listing.author", name);
        site.serve(ctx, () -> listings.render(lang, new Listing.ByAuthor(key), page, heading, name,
                n -> SitePaths.author(lang, key, n)));
    }
}
