package org.tribune.export;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses belong in the export, and the file each is written to: a page at {@code /en/}
 * or {@code /en/articles/x} becomes {@code en/index.html} or {@code en/articles/x/index.html};
 * a file with an extension (feeds, sitemaps, assets) keeps its name; a query string is dropped.
 */
final class ExportPaths {
    /** The language switch's cookie-setting address; static hosting links straight to the page. */
    private static final String CHOOSE_LANGUAGE = "/language?to=";
    private static final Pattern SEARCH_PAGE = Pattern.compile("/[a-z-]+/search");
    private static final Pattern LAST_SEGMENT_HAS_EXTENSION = Pattern.compile("/[^/]*\\.[A-Za-z0-9]{1,8}$");

    /**
     * Where links start in pages ({@code href}, {@code src}), sitemaps ({@code <loc>}) and RSS
     * ({@code <link>}), and the character that ends each.
     */
    private static final List<Map.Entry<String, Character>> LINK_MARKERS = List.of(Map.entry("href=\"", '"'),
            Map.entry("src=\"", '"'), Map.entry("<loc>", '<'), Map.entry("<link>", '<'));
    private static final String JSON_FEED_URL = "\"url\":";

    private ExportPaths() {}

    /**
     * The links a page, sitemap or feed holds, JSON Feed's {@code "url"} included: the pages it
     * shows something of. Found by plain searches: every exported file is scanned, and a regular
     * expression with alternatives took a tenth of a full export.
     */
    static List<String> linksIn(String text) {
        List<String> links = new ArrayList<>();
        for (var marker : LINK_MARKERS) {
            String open = marker.getKey();
            for (int at = text.indexOf(open); at >= 0; at = text.indexOf(open, at)) {
                int start = at + open.length();
                int end = text.indexOf(marker.getValue(), start);
                if (end < 0) {
                    break;
                }
                if (end > start) {
                    links.add(text.substring(start, end).replace("&amp;", "&"));
                }
                at = end;
            }
        }
        for (int at = text.indexOf(JSON_FEED_URL); at >= 0; at = text.indexOf(JSON_FEED_URL, at + 1)) {
            int quote = at + JSON_FEED_URL.length();
            while (quote < text.length() && text.charAt(quote) == ' ') {
                quote++;
            }
            int end = quote < text.length() && text.charAt(quote) == '"' ? text.indexOf('"', quote + 1) : -1;
            if (end > quote + 1) {
                links.add(text.substring(quote + 1, end));
            }
        }
        return links;
    }

    /**
     * The site path an href names, when it is one of ours and worth exporting: same site (a bare
     * path or an absolute URL under {@code baseUrl}), not the search, the newsroom or the API.
     */
    static Optional<String> internalPath(String href, String baseUrl) {
        String path = href;
        if (href.startsWith(baseUrl)) {
            path = href.substring(baseUrl.length());
        } else if (href.startsWith("//") || !href.startsWith("/")) {
            return Optional.empty();
        }
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        if (path.isEmpty()) {
            path = "/";
        }
        String bare = withoutQuery(path);
        if (bare.startsWith("/admin") || bare.startsWith("/api/") || bare.startsWith("/language")
                || SEARCH_PAGE.matcher(bare).matches()) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    static String withoutQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    /** The file, relative to the export folder, that serves {@code path}. */
    static String fileFor(String path) {
        String bare = withoutQuery(path);
        if (bare.indexOf('%') >= 0) {
            bare = URI.create(bare).getPath(); // escaped characters name the file they stand for
        }
        if (bare.endsWith("/")) {
            return bare.substring(1) + "index.html";
        }
        if (LAST_SEGMENT_HAS_EXTENSION.matcher(bare).find()) {
            return bare.substring(1);
        }
        return bare.substring(1) + "/index.html";
    }

    /**
     * Language-switch links rewritten to the pages they lead to; the same string when the page has
     * none. A plain search: every exported page is scanned.
     */
    static String rewriteLanguageSwitch(String html) {
        int at = html.indexOf(CHOOSE_LANGUAGE);
        if (at < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        for (; at >= 0; at = html.indexOf(CHOOSE_LANGUAGE, copied)) {
            int start = at + CHOOSE_LANGUAGE.length();
            int end = start;
            while (end < html.length() && !endsTarget(html.charAt(end))) {
                end++;
            }
            if (end == start) {
                out.append(html, copied, start);
            } else {
                out.append(html, copied, at).append(URLDecoder.decode(html.substring(start, end), StandardCharsets.UTF_8));
            }
            copied = end;
        }
        return out.append(html, copied, html.length()).toString();
    }

    private static boolean endsTarget(char c) {
        return c == '"' || c == '\'' || c == '&' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f'
                || c == '\r';
    }
}
