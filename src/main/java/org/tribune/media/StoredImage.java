package org.tribune.media;

import java.time.Instant;

/**
 * An image in the media library.
 *
 * @param fileName content hash and extension, e.g. {@code 3f2a…9c.jpg}: the address never changes meaning
 * @param originalName what the uploader's file was called, for finding it again
 */
public record StoredImage(
        String fileName,
        String contentType,
        int width,
        int height,
        long bytes,
        String originalName,
        String uploadedBy,
        Instant uploadedAt) {

    public String path() {
        return "/media/" + fileName;
    }

    /**
     * A copy about 240 pixels wide for lists of images: the 240-pixel copy made at upload when the
     * image is wider, else the image itself.
     */
    public String thumbnailPath() {
        if (width <= 240) {
            return path();
        }
        int dot = fileName.lastIndexOf('.');
        return "/media/" + fileName.substring(0, dot) + "-240w" + fileName.substring(dot);
    }

    /** The Markdown that shows the image. */
    public String markdown() {
        String alt = originalName.replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[\\[\\]]", "");
        return "![" + alt + "](" + path() + ")";
    }
}
