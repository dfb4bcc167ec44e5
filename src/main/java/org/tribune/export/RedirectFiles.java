package org.tribune.export;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.tribune.content.Redirect;

/**
 * The redirects (old addresses, such as an imported WordPress site's) as a static host can answer
 * them, since the export has no server to look them up:
 *
 * <ul>
 *   <li>{@code _redirects}: Netlify's and Cloudflare Pages' format, one {@code old new 301} a line
 *       (query addresses such as {@code /?p=123} in Netlify's {@code / p=123 new 301} form);
 *   <li>{@code redirects.nginx.map}: {@code "old" "new";} lines for an nginx
 *       {@code map $uri $tribune_redirect} (nginx's {@code $uri} is percent-decoded, as the keys
 *       are), and {@code redirects-query.nginx.map} for {@code map $request_uri …} with the query
 *       addresses;
 *   <li>a small HTML page at each old path that can be a folder of the export (not a query, not
 *       a page of this site, not under a language's folder): a meta refresh and
 *       {@code rel=canonical} to the new address, for hosts that offer nothing better. It answers
 *       200, not 301, but browsers follow it at once and search engines treat it as a move.
 * </ul>
 */
final class RedirectFiles {
    static final String NETLIFY = "_redirects";
    static final String NGINX_PATHS = "redirects.nginx.map";
    static final String NGINX_QUERIES = "redirects-query.nginx.map";
    /** The files written for redirects by the last export, one a line: those no longer wanted are deleted. */
    static final String WRITTEN = ".tribune-export-redirects";

    private static final Pattern SAFE_FOLDER = Pattern.compile("(/[^/\\\\.\\p{Cntrl}][^/\\\\\\p{Cntrl}]*)+");
    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("/(en|zh-hans|zh-hant)(/.*)?");

    private RedirectFiles() {}

    /**
     * The files to write, by name relative to the export folder.
     *
     * @param isPage whether a file is one of the exported site's pages (never overwritten)
     */
    static Map<String, byte[]> plan(List<Redirect> redirects, Predicate<String> isPage, String baseUrl) {
        var netlify =
                new StringBuilder("# Old addresses: written by tribune export from the redirects in the newsroom\n");
        var paths = new StringBuilder("# map $uri $tribune_redirect { default \"\"; include redirects.nginx.map; }\n");
        var queries = new StringBuilder("# map $request_uri $tribune_query_redirect { default \"\"; include "
                + "redirects-query.nginx.map; }\n");
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Redirect r : redirects) {
            String old = r.oldPath();
            String target = r.target();
            if (target.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '$' || c == '\\')) {
                continue; // every file format here would need quoting it cannot express
            }
            int query = old.indexOf("/?");
            if (query == 0) {
                netlify.append("/ ")
                        .append(encoded(old.substring(2)))
                        .append(' ')
                        .append(target)
                        .append(" 301\n");
                if (nginxSafe(old)) {
                    queries.append('"')
                            .append(encoded(old))
                            .append("\" \"")
                            .append(target)
                            .append("\";\n");
                }
                continue;
            }
            netlify.append(encoded(old)).append(' ').append(target).append(" 301\n");
            if (nginxSafe(old)) {
                paths.append('"').append(old).append("\" \"").append(target).append("\";\n");
                paths.append('"').append(old).append("/\" \"").append(target).append("\";\n");
            }
            String page = old.substring(1) + "/index.html";
            if (SAFE_FOLDER.matcher(old).matches()
                    && !LANGUAGE_FOLDER.matcher(old).matches()
                    && !isPage.test(page)
                    && !isPage.test(old.substring(1))) {
                files.put(page, page(target, baseUrl));
            }
        }
        files.put(NETLIFY, netlify.toString().getBytes(StandardCharsets.UTF_8));
        files.put(NGINX_PATHS, paths.toString().getBytes(StandardCharsets.UTF_8));
        files.put(NGINX_QUERIES, queries.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static boolean nginxSafe(String old) {
        return old.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '$' || c == '\\' || c == ';' || c == '{');
    }

    private static byte[] page(String target, String baseUrl) {
        String href = escaped(target);
        String canonical = escaped(baseUrl.replaceAll("/+$", "") + target);
        return ("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>" + href + "</title>"
                        + "<link rel=\"canonical\" href=\"" + canonical + "\">"
                        + "<meta name=\"robots\" content=\"noindex\">"
                        + "<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\"></head>"
                        + "<body><p><a href=\"" + href + "\">" + href + "</a></p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Non-ASCII characters, spaces and percent signs percent-encoded as UTF-8, the rest as it is. */
    static String encoded(String path) {
        var out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= ' ' || c >= 0x7f || c == '%' || c == '#') {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
