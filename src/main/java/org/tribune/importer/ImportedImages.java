package org.tribune.importer;

import java.nio.file.Path;

/**
 * Stores an image file that an import names by path in the media library, and answers the
 * stored image's file name; given by the composition root (the importer knows nothing of media).
 *
 * <pre>{@code
 * new Importer(content, file -> media.storeFile(file, "import").fileName());
 * }</pre>
 */
@FunctionalInterface
public interface ImportedImages {
    /** Stores nothing: imports from a stream, whose images must already be in the media library. */
    ImportedImages NONE = file -> {
        throw new IllegalArgumentException("images are named by their media hash here, not by path");
    };

    /**
     * @return the media library's file name of the stored image
     * @throws RuntimeException with a reader's message when the file is missing or not an accepted image
     */
    String store(Path file);
}
