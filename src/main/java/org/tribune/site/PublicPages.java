package org.tribune.site;

import java.util.List;
import java.util.Optional;
import org.tribune.web.PageNotFound;
import org.tribune.web.PageRoute;
import org.tribune.web.RenderedPage;

/**
 * The table of public pages: every address a reader can read, with the handler that renders it.
 * The server registers each route with its router; the static export asks the table for each
 * page directly ({@link #render}), without HTTP, so both give the same bytes. Routes are tried in
 * order and the first whose pattern matches answers, as the server's router does.
 *
 * <pre>{@code
 * var pages = new PublicPages(List.of(syndication.pages(), assets.pages(), site.pages()));
 * pages.render("/en/articles/korea-policy").ifPresent(page -> write(page.body()));
 * }</pre>
 */
public final class PublicPages {
    private final List<PageRoute> routes;

    /** @param groups routes in the order they are tried, more specific patterns first */
    public PublicPages(List<List<PageRoute>> groups) {
        this.routes = groups.stream().flatMap(List::stream).toList();
    }

    public List<PageRoute> routes() {
        return routes;
    }

    /**
     * The page at {@code address} (a path, with a query where the page reads one), rendered as the
     * server would send it; empty when no route matches or the page does not exist.
     */
    public Optional<RenderedPage> render(String address) {
        var read = PageRoute.Address.of(address);
        for (PageRoute route : routes) {
            var request = route.match(read);
            if (request.isPresent()) {
                try {
                    return Optional.of(route.handler().render(request.get()));
                } catch (PageNotFound e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
