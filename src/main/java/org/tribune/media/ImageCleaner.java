package org.tribune.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns uploaded bytes into a clean image: the format is read from the content, the size is checked
 * before decoding (so a small file cannot unpack into gigabytes), and the pixels are written anew,
 * which leaves EXIF, GPS positions, comments and anything appended behind.
 */
final class ImageCleaner {
    static final long MAX_PIXELS = 40_000_000;

    /**
     * The cleaned image: JPEG stays JPEG, every other accepted format becomes PNG.
     *
     * @param pixels the decoded image the bytes were written from, for making smaller copies
     */
    record Cleaned(byte[] bytes, String extension, String contentType, int width, int height, BufferedImage pixels) {}

    private ImageCleaner() {}

    static Cleaned clean(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidImage("this is not an image we can read; upload a PNG, JPEG or GIF file");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg") && !format.equals("gif")) {
                    throw new InvalidImage(
                            "images must be PNG, JPEG or GIF; this one is " + format.toUpperCase(Locale.ROOT));
                }
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new InvalidImage("the image is " + width + "×" + height + " pixels; the limit is "
                            + MAX_PIXELS / 1_000_000 + " megapixels");
                }
                BufferedImage pixels = reader.read(0);
                return format.equals("jpeg") ? jpeg(pixels) : png(pixels);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImage invalid) {
                throw invalid;
            }
            throw new InvalidImage(
                    "the image could not be read (" + e.getMessage() + "); upload a PNG, JPEG or GIF file");
        }
    }

    private static Cleaned png(BufferedImage pixels) throws IOException {
        return new Cleaned(encodePng(pixels), "png", "image/png", pixels.getWidth(), pixels.getHeight(), pixels);
    }

    private static Cleaned jpeg(BufferedImage pixels) throws IOException {
        BufferedImage rgb = pixels;
        if (pixels.getColorModel().hasAlpha() || pixels.getType() == BufferedImage.TYPE_CUSTOM) {
            rgb = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(pixels, 0, 0, null);
        }
        return new Cleaned(encodeJpeg(rgb, 0.9f), "jpg", "image/jpeg", rgb.getWidth(), rgb.getHeight(), rgb);
    }

    static byte[] encodePng(BufferedImage pixels) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(pixels, "png", out);
        return out.toByteArray();
    }

    /** {@code rgb} must have no alpha channel: JPEG has none, and ImageIO's writer refuses one. */
    static byte[] encodeJpeg(BufferedImage rgb, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
