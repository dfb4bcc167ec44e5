package org.tribune.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A page rendered once and served many times: its bytes, its gzip form and its entity tag.
 * Compressing once per page, rather than per response, is what lets cached pages go out at the
 * machine's speed. The gzip form is made when first asked for: at the highest level it costs more
 * than rendering the page, and a page fetched only by the static export is never sent compressed.
 * Images and other compressed formats are never compressed again ({@link #compressible()}).
 */
public final class RenderedPage {
    private final int status;
    private final String contentType;
    private final byte[] body;
    /**
     * Made on first use, like the gzip form: a page rendered only to be written by the static
     * export is never asked for one. Two threads racing both make the same tag.
     */
    private volatile String etag;
    /** Response headers beyond the defaults {@link PageResponder} sends, such as a longer Cache-Control. */
    private final Map<String, String> headers;
    /** Made once on first use; two threads racing both make the same bytes. */
    private volatile byte[] gzipped;

    private RenderedPage(int status, String contentType, byte[] body, String etag, Map<String, String> headers) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.etag = etag;
        this.headers = headers;
    }

    private RenderedPage(int status, String contentType, byte[] body) {
        this(status, contentType, body, null, Map.of());
    }

    public static RenderedPage html(int status, byte[] utf8) {
        return new RenderedPage(status, "text/html; charset=utf-8", utf8);
    }

    public static RenderedPage of(int status, String contentType, byte[] body) {
        return new RenderedPage(status, contentType, body);
    }

    /**
     * A file whose name already identifies its bytes (media named by their hash): the name is its
     * entity tag, so serving it costs no digest of its bytes.
     */
    public static RenderedPage namedFile(String contentType, byte[] body, String name) {
        return new RenderedPage(200, contentType, body, name, Map.of());
    }

    /** The same page sent with one more response header (or another value for it); bytes shared. */
    public RenderedPage withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        var page = new RenderedPage(status, contentType, body, etag(), Map.copyOf(more));
        page.gzipped = gzipped;
        return page;
    }

    /** Headers to send besides the defaults, overriding them where named alike. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Whether compressing the body can make it smaller: text is, images and archives are not. */
    public boolean compressible() {
        return contentType.startsWith("text/")
                || contentType.startsWith("application/json")
                || contentType.startsWith("application/xml")
                || contentType.contains("+xml")
                || contentType.contains("+json")
                || contentType.contains("javascript")
                || contentType.startsWith("image/svg");
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    public String etag() {
        String made = etag;
        if (made == null) {
            made = etagOf(body);
            etag = made;
        }
        return made;
    }

    public byte[] gzipped() {
        byte[] made = gzipped;
        if (made == null) {
            made = gzip(body);
            gzipped = made;
        }
        return made;
    }

    /**
     * Bytes held, for weighing the page cache: the body and room for its gzip form, which may
     * come later (pages compress to well under half their size).
     */
    public int weight() {
        return body.length + body.length / 2 + 64;
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
