package org.tribune.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A page rendered once and served many times: its bytes, its gzip form and its entity tag.
 * Compressing once here, rather than per response, is what lets cached pages go out at the
 * machine's speed.
 */
public record RenderedPage(int status, String contentType, byte[] body, byte[] gzipped, String etag) {

    public static RenderedPage html(int status, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        return new RenderedPage(status, "text/html; charset=utf-8", body, gzip(body), etagOf(body));
    }

    public static RenderedPage of(int status, String contentType, byte[] body) {
        return new RenderedPage(status, contentType, body, gzip(body), etagOf(body));
    }

    /** Bytes held, for weighing the page cache. */
    public int weight() {
        return body.length + gzipped.length + 64;
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (var gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
