package org.tribune.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A public page's address pattern and its handler. Patterns are written as the server's router
 * reads them: literal segments and {@code {name}} segments, each matching one non-empty segment;
 * a trailing slash is ignored, as the server ignores it.
 *
 * <pre>{@code
 * var route = new PageRoute("/{lang}/articles/{slug}", articles::article);
 * route.match("/en/articles/korea-policy").map(route.handler()::render);
 * }</pre>
 */
public final class PageRoute {
    private final String pattern;
    private final PageHandler handler;
    /** The pattern's segments, parsed once: the export matches tens of thousands of addresses. */
    private final List<String> segments;

    public PageRoute(String pattern, PageHandler handler) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route pattern starts with /: " + pattern);
        }
        this.pattern = pattern;
        this.handler = handler;
        this.segments = splitSegments(pattern);
    }

    public String pattern() {
        return pattern;
    }

    public PageHandler handler() {
        return handler;
    }

    /**
     * The request for {@code address} (a path with an optional query) when this route's pattern
     * matches it; empty otherwise, and for a path whose escapes are not UTF-8.
     */
    public Optional<PageRequest> match(String address) {
        return match(Address.of(address));
    }

    /** As {@link #match(String)}, for an address already read: a table tries many routes on one. */
    public Optional<PageRequest> match(Address address) {
        List<String> given = address.segments();
        if (given == null || segments.size() != given.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String part = segments.get(i);
            if (part.startsWith("{") && part.endsWith("}")) {
                params.put(part.substring(1, part.length() - 1), given.get(i));
            } else if (!part.equals(given.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(new PageRequest(address.path(), params, address.query()));
    }

    /**
     * An address read once for matching against routes.
     *
     * @param path the path, non-ASCII characters percent-encoded as a browser sends them
     * @param segments its segments percent-decoded, none empty; null when an escape is not UTF-8
     *     or a segment is empty, which no route matches
     * @param query the query's values by name
     */
    public record Address(String path, List<String> segments, Map<String, List<String>> query) {
        public static Address of(String address) {
            int q = address.indexOf('?');
            String path = q < 0 ? address : address.substring(0, q);
            List<String> decoded = new ArrayList<>();
            for (String segment : splitSegments(path)) {
                Optional<String> value = percentDecoded(segment);
                if (value.isEmpty() || value.get().isEmpty()) {
                    decoded = null;
                    break;
                }
                decoded.add(value.get());
            }
            return new Address(asciiOnly(path), decoded, q < 0 ? Map.of() : readQuery(address.substring(q + 1)));
        }
    }

    private static List<String> splitSegments(String path) {
        List<String> parts = new ArrayList<>(List.of(path.split("/", -1)));
        parts.remove(0); // before the leading slash
        if (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1); // a trailing slash names the same page
        }
        return parts;
    }

    private static Map<String, List<String>> readQuery(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.computeIfAbsent(percentDecoded(name.replace('+', ' ')).orElse(name), n -> new ArrayList<>())
                    .add(percentDecoded(value.replace('+', ' ')).orElse(value));
        }
        return values;
    }

    /** {@code %XX} escapes decoded as UTF-8; empty when an escape is cut short or not UTF-8. */
    static Optional<String> percentDecoded(String segment) {
        if (segment.indexOf('%') < 0) {
            return Optional.of(segment);
        }
        var bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(segment.charAt(i + 1), 16);
                int lo = Character.digit(segment.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return Optional.of(
                    decoder.decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Non-ASCII characters percent-encoded as UTF-8, as a browser sends them. */
    static String asciiOnly(String path) {
        StringBuilder ascii = null;
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            if (c >= 0x80 && ascii == null) {
                ascii = new StringBuilder(path.length() * 3).append(path, 0, i);
            }
            if (ascii != null) {
                if (c < 0x80) {
                    ascii.append((char) c);
                } else {
                    for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                        ascii.append('%')
                                .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                                .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                    }
                }
            }
            i += Character.charCount(c);
        }
        return ascii == null ? path : ascii.toString();
    }
}
