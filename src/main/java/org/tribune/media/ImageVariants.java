package org.tribune.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the smaller copies of an uploaded image that pages offer browsers in {@code srcset}: one
 * per width in {@link #WIDTHS} narrower than the image itself, in the image's own format (JPEG
 * stays JPEG, PNG stays PNG, so transparency and sharp edges survive). Made once at upload, never
 * while a request waits.
 *
 * <p>No WebP copies: the JDK's ImageIO writes JPEG and PNG only, and the WebP writers on Maven
 * Central either only decode (TwelveMonkeys' {@code imageio-webp}) or wrap Google's native libwebp
 * through JNI with a library per platform ({@code org.sejda.imageio:webp-imageio} and its forks).
 */
final class ImageVariants {
    /** 240 for listing thumbnails (120 CSS pixels at double density), the rest for the article page. */
    static final List<Integer> WIDTHS = List.of(240, 480, 960, 1600);

    private static final float JPEG_QUALITY = 0.85f;

    /** One smaller copy: its width, height and encoded bytes. */
    record Variant(int width, int height, byte[] bytes) {}

    private ImageVariants() {}

    static List<Variant> of(ImageCleaner.Cleaned image) {
        List<Variant> variants = new ArrayList<>();
        for (int width : WIDTHS) {
            if (width < image.width()) {
                BufferedImage scaled = scaleToWidth(image.pixels(), width);
                variants.add(new Variant(scaled.getWidth(), scaled.getHeight(), encode(scaled, image.extension())));
            }
        }
        return variants;
    }

    /** A variant's file name: the image's hash, its width, the image's extension ({@code 3f…9c-480w.jpg}). */
    static String fileName(String imageFile, int width) {
        int dot = imageFile.lastIndexOf('.');
        return imageFile.substring(0, dot) + "-" + width + "w" + imageFile.substring(dot);
    }

    /**
     * Scaled in steps of at most half, each bilinear: one bilinear step from far larger skips most
     * source pixels and looks jagged, and bicubic over the whole way costs far more for no visible gain.
     */
    static BufferedImage scaleToWidth(BufferedImage source, int width) {
        int height = Math.max(1, (int) Math.round(source.getHeight() * (double) width / source.getWidth()));
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = Math.max(width, w / 2);
            h = w == width ? height : Math.max(height, h / 2);
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (w != width);
        return current;
    }

    private static byte[] encode(BufferedImage scaled, String extension) {
        try {
            return extension.equals("jpg")
                    ? ImageCleaner.encodeJpeg(scaled, JPEG_QUALITY)
                    : ImageCleaner.encodePng(scaled);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a " + scaled.getWidth() + " pixel wide copy", e);
        }
    }
}
