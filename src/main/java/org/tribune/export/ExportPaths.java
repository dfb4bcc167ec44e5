package org.tribune.export;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which addresses belong in the export, and the file each is written to: a page at {@code /en/}
 * or {@code /en/articles/x} becomes {@code en/index.html} or {@code en/articles/x/index.html};
 * a file with an extension (feeds, sitemaps, assets) keeps its name; a query string is dropped.
 */
final class ExportPaths {
    /** The language switch's cookie-setting address; static hosting links straight to the page. */
    private static final Pattern CHOOSE_LANGUAGE = Pattern.compile("/language\\?to=([^\"'&\\s]+)");
    private static final Pattern LAST_SEGMENT_HAS_EXTENSION = Pattern.compile("/[^/]*\\.[A-Za-z0-9]{1,8}$");

    private ExportPaths() {}

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
                || bare.matches("/[a-z-]+/search")) {
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
        String bare = URI.create(withoutQuery(path)).getPath();
        if (bare.endsWith("/")) {
            return bare.substring(1) + "index.html";
        }
        if (LAST_SEGMENT_HAS_EXTENSION.matcher(bare).find()) {
            return bare.substring(1);
        }
        return bare.substring(1) + "/index.html";
    }

    /** Language-switch links rewritten to the pages they lead to. */
    static String rewriteLanguageSwitch(String html) {
        Matcher m = CHOOSE_LANGUAGE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
