package org.tribune.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tribune.content.Lang;
import org.tribune.content.Listing;
import org.tribune.web.LanguageNegotiation;
import org.tribune.web.Messages;
import org.tribune.web.PageRequest;
import org.tribune.web.PageRoute;
import org.tribune.web.ReadRoutes;
import org.tribune.web.RenderedPage;
import org.tribune.web.SitePaths;

/** The home page per language, its older pages, the root redirect and the language switch. */
public final class HomePages {
    /** A page of this site, with a query where the page reads one (the search keeps its words across languages). */
    private static final Pattern SWITCH_TARGET =
            Pattern.compile("/(en|zh-hans|zh-hant)/[A-Za-z0-9/_.~%-]*(?:\\?[A-Za-z0-9_.~%+=&*-]*)?");

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final SiteRequests site;
    private final ListingRenderer listings;

    HomePages(SiteRequests site, ListingRenderer listings) {
        this.site = site;
        this.listings = listings;
    }

    List<PageRoute> pages() {
        return List.of(
                new PageRoute("/{lang}", request -> home(request, 1)),
                new PageRoute(
                        "/{lang}/page/{n}", request -> home(request, site.pageNumber(request, site.lang(request)))));
    }

    /** The addresses that answer each reader differently (by browser and cookie): a server's alone, never exported. */
    void addServerRoutes(RoutesConfig routes, boolean publicUrlIsHttps) {
        ReadRoutes.add(routes, "/", this::root);
        ReadRoutes.add(routes, "/language", ctx -> chooseLanguage(ctx, publicUrlIsHttps));
    }

    /**
     * Sends readers to their language: an explicit earlier choice, else Accept-Language; an old
     * WordPress address such as {@code /?p=123} goes to its new page for everyone alike.
     */
    private void root(Context ctx) {
        String query = ctx.queryString();
        if (query != null) {
            Optional<String> moved = site.content.redirects().targetOf("/?" + query);
            if (moved.isPresent()) {
                ctx.header("Cache-Control", "public, max-age=3600");
                ctx.redirect(moved.get(), HttpStatus.MOVED_PERMANENTLY);
                return;
            }
        }
        Lang lang = LanguageNegotiation.choose(ctx.header("Accept-Language"), ctx.cookie(LanguageNegotiation.COOKIE));
        ctx.header("Vary", "Accept-Language, Cookie");
        ctx.header("Cache-Control", "private, no-cache");
        ctx.redirect(SitePaths.home(lang), HttpStatus.FOUND);
    }

    /**
     * The language switch: remember the reader's choice, then show the page in that language. The
     * cookie is Secure whenever readers reach the site over HTTPS.
     */
    private void chooseLanguage(Context ctx, boolean publicUrlIsHttps) {
        String target = Optional.ofNullable(ctx.queryParam("to")).orElse("");
        if (!SWITCH_TARGET.matcher(target).matches() || target.contains("//") || target.contains("..")) {
            throw new BadRequestResponse("the language switch needs a page of this site");
        }
        Lang lang = Lang.fromPathSegment(target.substring(1, target.indexOf('/', 1)))
                .orElseThrow();
        var cookie = new Cookie(LanguageNegotiation.COOKIE, lang.pathSegment(), "/", ONE_YEAR);
        cookie.setSameSite(SameSite.LAX);
        cookie.setHttpOnly(true);
        cookie.setSecure(publicUrlIsHttps || "https".equals(ctx.scheme()));
        ctx.cookie(cookie);
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    private RenderedPage home(PageRequest request, int page) {
        Lang lang = site.lang(request);
        Messages m = Messages.of(lang);
        return site.cached(
                request,
                () -> listings.render(
                        lang,
                        new Listing.All(),
                        page,
                        m.get("listing.latest"),
                        null,
                        m.get("site.tagline"),
                        n -> SitePaths.home(lang, n)));
    }
}
