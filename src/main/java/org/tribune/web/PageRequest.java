package org.tribune.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * What a public page is asked with: its address, the values its route's pattern named in it, and
 * the query. Made from a server's request ({@link #of(Context)}) or by the static export from an
 * address alone ({@link PageRoute#match}), so a page renders the same either way.
 *
 * @param path the address as requested, non-ASCII characters percent-encoded: pages are cached by it
 * @param pathParams the pattern's named segments, percent-decoded
 * @param queryParams the query's values by name
 */
public record PageRequest(String path, Map<String, String> pathParams, Map<String, List<String>> queryParams) {

    public PageRequest {
        pathParams = Map.copyOf(pathParams);
        queryParams = Map.copyOf(queryParams);
    }

    public static PageRequest of(Context ctx) {
        return new PageRequest(ctx.path(), ctx.pathParamMap(), ctx.queryParamMap());
    }

    /**
     * The segment the route's pattern names {@code name}.
     *
     * @throws IllegalArgumentException when the pattern has no such segment (a handler registered on
     *     the wrong pattern)
     */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route's pattern names no segment {" + name + "}: " + path);
        }
        return value;
    }

    /** The first value of the query parameter {@code name}, or null when absent. */
    public String queryParam(String name) {
        List<String> values = queryParams.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
