package org.tribune.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tribune.content.ContentService;
import org.tribune.content.Lang;
import org.tribune.web.PageCache;
import org.tribune.web.PageNotFound;
import org.tribune.web.PageRequest;
import org.tribune.web.PageRoute;
import org.tribune.web.RenderedPage;

/**
 * {@code /sitemap.xml} (the index), {@code /sitemaps/{lang}.xml} and {@code /sitemaps/{lang}-{n}.xml}
 * (each language's pages), {@code /sitemaps/news.xml} (Google News) and {@code /robots.txt}.
 */
final class SitemapPages {
    static final String INDEX = "/sitemap.xml";
    static final String NEWS = "/sitemaps/news.xml";
    private static final String XML = "application/xml; charset=utf-8";
    /** A language's first file has no number, like a listing's first page; later files are numbered from 2. */
    private static final Pattern LANGUAGE_FILE = Pattern.compile(
            "(" + Arrays.stream(Lang.values()).map(Lang::pathSegment).collect(Collectors.joining("|"))
                    + ")(?:-([2-9]|[1-9][0-9]{1,5}))?\\.xml");

    private final ContentService content;
    private final GoogleNewsEditions news;
    private final Clock clock;
    private final AbsoluteUrls urls;
    private final PageCache cache;
    private final int urlsPerFile;
    /**
     * The catalog as of one page-cache generation: a site's sitemap files (dozens at 1,000 URLs
     * each) are rendered from one reading of every published edition, not one reading each.
     */
    private volatile Collected collected;

    private record Collected(long generation, SitemapCatalog catalog) {}

    SitemapPages(
            ContentService content,
            GoogleNewsEditions news,
            AbsoluteUrls urls,
            PageCache cache,
            Clock clock,
            int urlsPerFile) {
        this.clock = clock;
        this.content = content;
        this.news = news;
        this.urls = urls;
        this.cache = cache;
        this.urlsPerFile = urlsPerFile;
    }

    List<PageRoute> pages() {
        return List.of(
                new PageRoute(INDEX, request -> renderForThisMinute(request, this::index)),
                new PageRoute("/sitemaps/{file}", this::file),
                new PageRoute("/robots.txt", request -> render(request, "text/plain; charset=utf-8", this::robots)));
    }

    static String path(Lang lang, int n) {
        return "/sitemaps/" + lang.pathSegment() + (n == 1 ? "" : "-" + n) + ".xml";
    }

    private RenderedPage file(PageRequest request) {
        String file = request.pathParam("file");
        if (("/sitemaps/" + file).equals(NEWS)) {
            // The schema needs at least one <url>: with nothing from the last 48 hours there is no news
            // sitemap, and the index does not list one.
            return renderForThisMinute(request, () -> {
                var recent = news.recent();
                if (recent.isEmpty()) {
                    throw new PageNotFound(null, "nothing published in the last 48 hours for the news sitemap");
                }
                return SitemapXml.news(recent, urls);
            });
        }
        Matcher m = LANGUAGE_FILE.matcher(file);
        if (!m.matches()) {
            throw new PageNotFound(null, "no sitemap " + file);
        }
        Lang lang = Lang.fromPathSegment(m.group(1)).orElseThrow();
        int n = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        return render(request, XML, () -> {
            var pages = catalog().file(lang, n);
            if (n > 1 && pages.isEmpty()) {
                throw new PageNotFound(lang, "no sitemap " + file);
            }
            return SitemapXml.urlset(lang, pages, urls);
        });
    }

    private byte[] index() {
        var catalog = catalog();
        List<SitemapXml.Listed> files = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (int n = 1; n <= catalog.fileCount(lang); n++) {
                var lastmod = SitemapCatalog.lastmod(lang, catalog.file(lang, n));
                files.add(new SitemapXml.Listed(urls.of(path(lang, n)), lastmod));
            }
        }
        if (!news.recent().isEmpty()) {
            files.add(new SitemapXml.Listed(urls.of(NEWS), Optional.empty()));
        }
        return SitemapXml.index(files);
    }

    private SitemapCatalog catalog() {
        long generation = cache.generation();
        Collected known = collected;
        if (known == null || known.generation() != generation) {
            synchronized (this) {
                known = collected;
                if (known == null || known.generation() != generation) {
                    // Read after the generation: a change meanwhile moves the generation, and the next request reads
                    // again.
                    known = new Collected(generation, SitemapCatalog.collect(content, urlsPerFile));
                    collected = known;
                }
            }
        }
        return known.catalog();
    }

    /** Keeps crawlers off addresses that are redirects, searches or not pages at all. */
    private byte[] robots() {
        var lines = new StringBuilder("User-agent: *\n");
        lines.append("Disallow: /admin/\nDisallow: /api/\nDisallow: /language\n");
        for (Lang lang : Lang.values()) {
            lines.append("Disallow: /").append(lang.pathSegment()).append("/search\n");
        }
        lines.append("\nSitemap: ").append(urls.of(INDEX)).append('\n');
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A page that follows the clock as well as the content (the news sitemap's 48 hours, and the
     * index, which lists the news sitemap only while it has entries): cached for the current minute
     * of the clock, so an entry leaves within a minute of growing too old, and no sooner than the
     * content changes.
     */
    private RenderedPage renderForThisMinute(PageRequest request, Supplier<byte[]> render) {
        long minute = clock.millis() / 60_000;
        return cache.get(request.path() + " at minute " + minute, () -> RenderedPage.of(200, XML, render.get()));
    }

    private RenderedPage render(PageRequest request, String contentType, Supplier<byte[]> render) {
        return cache.get(request.path(), () -> RenderedPage.of(200, contentType, render.get()));
    }
}
