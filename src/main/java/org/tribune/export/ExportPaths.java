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
    private static final List<Map.Entry<String, Character>> LINK_MARKERS = List.of(
            Map.entry("href=\"", '"'), Map.entry("src=\"", '"'), Map.entry("<loc>", '<'), Map.entry("<link>", '<'));

    private static final String JSON_FEED_URL = "\"url\":";

    /** Where an image's list of copies starts: {@code srcset="URL 480w, URL 960w"}. */
    private static final String SRCSET = "srcset=\"";

    private ExportPaths() {}

    /**
     * The links a page, sitemap or feed holds, JSON Feed's {@code "url"} and every image copy a
     * {@code srcset} lists included: the pages it
     * shows something of. Found by plain searches over the UTF-8 bytes ({@link #bytesAsText}): every
     * exported file is scanned, so neither a regular expression with alternatives nor decoding
     * each page whole is affordable here.
     */
    static List<String> linksIn(byte[] utf8) {
        String text = bytesAsText(utf8);
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
                    links.add(textAsString(text.substring(start, end)).replace("&amp;", "&"));
                }
                at = end;
            }
        }
        for (int at = text.indexOf(SRCSET); at >= 0; at = text.indexOf(SRCSET, at + 1)) {
            int start = at + SRCSET.length();
            int end = text.indexOf('"', start);
            if (end < 0) {
                break;
            }
            for (String candidate : text.substring(start, end).split(",")) {
                String url = candidate.strip().split(" ")[0];
                if (!url.isEmpty()) {
                    links.add(textAsString(url).replace("&amp;", "&"));
                }
            }
        }
        for (int at = text.indexOf(JSON_FEED_URL); at >= 0; at = text.indexOf(JSON_FEED_URL, at + 1)) {
            int quote = at + JSON_FEED_URL.length();
            while (quote < text.length() && text.charAt(quote) == ' ') {
                quote++;
            }
            int end = quote < text.length() && text.charAt(quote) == '"' ? text.indexOf('"', quote + 1) : -1;
            if (end > quote + 1) {
                links.add(textAsString(text.substring(quote + 1, end)));
            }
        }
        return links;
    }

    /**
     * UTF-8 bytes as a string of one char per byte, a copy and no decoding. What is searched for
     * here (markers, quotes, spaces) is ASCII, and in UTF-8 an ASCII byte only ever stands for
     * itself, so positions found in this text are positions in the bytes.
     */
    private static String bytesAsText(byte[] utf8) {
        return new String(utf8, StandardCharsets.ISO_8859_1);
    }

    /** The string a piece of {@link #bytesAsText} text stands for. */
    private static String textAsString(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return text;
    }

    /** A string as {@link #bytesAsText} text: its UTF-8 bytes, one char each. */
    private static String stringAsText(String string) {
        return bytesAsText(string.getBytes(StandardCharsets.UTF_8));
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
        if (bare.startsWith("/admin")
                || bare.startsWith("/api/")
                || bare.startsWith("/language")
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
     * Language-switch links in a page's UTF-8 bytes rewritten to the pages they lead to; the same
     * array when the page has none. A plain search over the bytes: every exported page is scanned.
     */
    static byte[] rewriteLanguageSwitch(byte[] html) {
        String text = bytesAsText(html);
        int at = text.indexOf(CHOOSE_LANGUAGE);
        if (at < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (; at >= 0; at = text.indexOf(CHOOSE_LANGUAGE, copied)) {
            int start = at + CHOOSE_LANGUAGE.length();
            int end = start;
            while (end < text.length() && !endsTarget(text.charAt(end))) {
                end++;
            }
            if (end == start) {
                out.append(text, copied, start);
            } else {
                String target = URLDecoder.decode(textAsString(text.substring(start, end)), StandardCharsets.UTF_8);
                out.append(text, copied, at).append(stringAsText(target));
            }
            copied = end;
        }
        return out.append(text, copied, text.length()).toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean endsTarget(char c) {
        return c == '"'
                || c == '\''
                || c == '&'
                || c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\u000B'
                || c == '\f'
                || c == '\r';
    }
}
