package org.tribune.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one form old addresses are stored and looked up in, so that however a reader's browser or a
 * link writes an address it finds its redirect: the path percent-decoded ({@code %e5%8d%8e} and
 * {@code %E5%8D%8E} are both 华), without a trailing slash, and the query dropped except on
 * {@code /}, where WordPress's plain addresses ({@code /?p=123}, {@code /?cat=5}) keep their one
 * identifying parameter.
 */
public final class OldPaths {
    /** WordPress's query addresses, in the order it reads them. */
    static final List<String> WORDPRESS_QUERIES = List.of("p", "page_id", "cat", "tag", "author");

    private OldPaths() {}

    /**
     * The normalized form of a path with an optional query ({@code /2022/03/04/slug/},
     * {@code /?p=123&utm_source=x}); null when it is not a path (does not start with one {@code /}).
     */
    public static String normalize(String pathAndQuery) {
        if (pathAndQuery == null || !pathAndQuery.startsWith("/") || pathAndQuery.startsWith("//")) {
            return null;
        }
        int q = pathAndQuery.indexOf('?');
        String path = decoded(q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.equals("/") || q < 0) {
            return path;
        }
        String query = pathAndQuery.substring(q + 1);
        for (String name : WORDPRESS_QUERIES) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name) && eq < pair.length() - 1) {
                    return "/?" + name + "=" + decoded(pair.substring(eq + 1));
                }
            }
        }
        return path;
    }

    private static String decoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
