package org.tribune.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tribune.web.PageNotFound;
import org.tribune.web.PageRequest;
import org.tribune.web.PageRoute;
import org.tribune.web.RenderedPage;

/**
 * {@code /media/{file}}: the library's images for everyone, a route of the public page table (so
 * the static export writes the images its pages show). A file's name is its content's hash, so
 * its bytes never change: browsers keep it a year and the name is its entity tag.
 */
public final class MediaFiles {
    private final MediaLibrary library;

    public MediaFiles(MediaLibrary library) {
        this.library = library;
    }

    public List<PageRoute> pages() {
        return List.of(new PageRoute("/media/{file}", this::file));
    }

    private RenderedPage file(PageRequest request) {
        String name = request.pathParam("file");
        Path file = library.file(name).orElseThrow(() -> new PageNotFound(null, "no media file " + name));
        try {
            return RenderedPage.namedFile(
                            name.endsWith(".png") ? "image/png" : "image/jpeg", Files.readAllBytes(file), name)
                    .withHeader("Cache-Control", "public, max-age=31536000, immutable");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read media file " + name, e);
        }
    }
}
