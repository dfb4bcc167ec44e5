package org.tribune.importer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the subset of PHP's {@code serialize()} format that WordPress writes into term
 * descriptions and post meta: arrays ({@code a:2:{…}}), strings ({@code s:5:"hello";}), integers
 * ({@code i:12;}), booleans ({@code b:1;}), floats ({@code d:1.5;}) and null ({@code N;}).
 *
 * <pre>{@code
 * Map<?, ?> group = (Map<?, ?>) PhpSerialized.parse("a:2:{s:2:\"en\";i:12;s:2:\"zh\";i:14;}");
 * }</pre>
 *
 * <p>A string's length counts UTF-8 bytes, not characters ({@code s:6:"中文";}), so the reader
 * works on the bytes. Objects and references are refused: WordPress does not write them where
 * the import reads, and refusing them means nothing in an export can instantiate anything.
 */
final class PhpSerialized {
    private final byte[] bytes;
    private int at;

    private PhpSerialized(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The value: a {@code Map} (insertion-ordered; keys {@code Long} or {@code String}), a
     * {@code String}, {@code Long}, {@code Boolean}, {@code Double} or null.
     *
     * @throws NotSerialized when the text is not one whole serialized value of that subset
     */
    static Object parse(String text) {
        var reader = new PhpSerialized(text.getBytes(StandardCharsets.UTF_8));
        Object value = reader.value(0);
        if (reader.at != reader.bytes.length) {
            throw reader.failure("unexpected text after the value");
        }
        return value;
    }

    private static final int MAX_DEPTH = 32;

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw failure("arrays nested deeper than " + MAX_DEPTH);
        }
        byte type = next();
        if (type == 'N') {
            expect(';');
            return null;
        }
        expect(':');
        return switch (type) {
            case 'i' -> Long.parseLong(until(';'));
            case 'b' -> booleanValue(until(';'));
            case 'd' -> doubleValue(until(';'));
            case 's' -> string();
            case 'a' -> array(depth);
            default -> throw failure("unsupported type '" + (char) type + "'");
        };
    }

    private String string() {
        int length = length(until(':'));
        expect('"');
        if (at + length > bytes.length) {
            throw failure("string of " + length + " bytes runs past the end");
        }
        String s = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        expect('"');
        expect(';');
        return s;
    }

    private Map<Object, Object> array(int depth) {
        int count = length(until(':'));
        expect('{');
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int keyAt = at;
            Object key = value(depth + 1);
            if (!(key instanceof Long) && !(key instanceof String)) {
                at = keyAt;
                throw failure("array keys must be integers or strings");
            }
            map.put(key, value(depth + 1));
        }
        expect('}');
        return map;
    }

    private int length(String digits) {
        try {
            int n = Integer.parseInt(digits);
            if (n < 0 || n > bytes.length) {
                throw failure("length " + n + " is larger than the text");
            }
            return n;
        } catch (NumberFormatException e) {
            throw failure("expected a length, got '" + digits + "'");
        }
    }

    private Boolean booleanValue(String digit) {
        return switch (digit) {
            case "0" -> false;
            case "1" -> true;
            default -> throw failure("expected b:0 or b:1, got '" + digit + "'");
        };
    }

    private Double doubleValue(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            throw failure("expected a number, got '" + text + "'");
        }
    }

    /** The ASCII text up to {@code end}, which is consumed. */
    private String until(char end) {
        int start = at;
        while (at < bytes.length && bytes[at] != end) {
            at++;
        }
        if (at == bytes.length) {
            throw failure("expected '" + end + "'");
        }
        if (at == start) {
            throw failure("expected a value before '" + end + "'");
        }
        String s = new String(bytes, start, at - start, StandardCharsets.US_ASCII);
        at++;
        return s;
    }

    private byte next() {
        if (at >= bytes.length) {
            throw failure("unexpected end");
        }
        return bytes[at++];
    }

    private void expect(char c) {
        if (at >= bytes.length || bytes[at] != c) {
            throw failure("expected '" + c + "'");
        }
        at++;
    }

    private NotSerialized failure(String reason) {
        return new NotSerialized("not PHP-serialized data at byte " + at + ": " + reason);
    }

    /** The text is not a value of the serialized subset WordPress writes. */
    static final class NotSerialized extends RuntimeException {
        NotSerialized(String message) {
            super(message);
        }
    }
}
