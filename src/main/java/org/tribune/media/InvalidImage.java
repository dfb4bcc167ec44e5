package org.tribune.media;

/** An upload refused, with what was wrong and what is accepted. */
public final class InvalidImage extends RuntimeException {
    public InvalidImage(String message) {
        super(message);
    }
}
