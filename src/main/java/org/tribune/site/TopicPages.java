package org.tribune.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.tribune.content.Lang;
import org.tribune.content.Listing;
import org.tribune.content.Slugs;
import org.tribune.content.Topic;
import org.tribune.web.Messages;
import org.tribune.web.PageNotFound;
import org.tribune.web.SitePaths;

/** {@code /{lang}/topics/{key}}: a topic's articles in one language, newest first. */
public final class TopicPages {
    private final SiteRequests site;
    private final ListingRenderer listings;

    TopicPages(SiteRequests site, ListingRenderer listings) {
        this.site = site;
        this.listings = listings;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/{lang}/topics/{key}", ctx -> topic(ctx, 1));
        routes.get("/{lang}/topics/{key}/page/{n}", ctx -> topic(ctx, site.pageNumber(ctx, site.lang(ctx))));
    }

    private void topic(Context ctx, int page) {
        Lang lang = site.lang(ctx);
        String key = ctx.pathParam("key");
        Topic topic = (Slugs.isValid(key) ? site.content.topic(key) : java.util.Optional.<Topic>empty())
                .orElseThrow(() -> new PageNotFound(lang, "no topic " + key));
        String name = topic.nameIn(lang);
        String heading = Messages.of(lang).get("listing.topic", name);
        site.serve(ctx, () -> listings.render(lang, new Listing.ByTopic(key), page, heading, name,
                n -> SitePaths.topic(lang, key, n)));
    }
}
