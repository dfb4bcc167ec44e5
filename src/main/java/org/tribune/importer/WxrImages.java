package org.tribune.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tribune.media.InvalidImage;
import org.tribune.media.MediaLibrary;

/**
 * The images of a WordPress site's uploads folder ({@code wp-content/uploads}): with a copy of it
 * ({@code --uploads DIR}) each image a body shows, and each attachment, is stored in the media
 * library exactly as an upload in the newsroom is (checked, re-encoded without metadata, named by
 * its hash, so the same file imported twice is stored once) and the body's address rewritten to
 * {@code /media/…}; without one, or when the copy lacks the file, the image stays an external link
 * and is reported. Nothing is fetched over the network.
 */
final class WxrImages {
    /** A Markdown image whose address is in a WordPress uploads folder. */
    private static final Pattern UPLOADED_IMAGE =
            Pattern.compile("(!\\[[^\\]]*\\]\\()(<?)([^)\\s>]*/wp-content/uploads/([^)\\s>?#]+))(>?)");

    private final String file;
    private final Path uploads;
    private final MediaLibrary media;
    private final boolean dryRun;
    private final ImportReport report;
    /** Uploads-relative path → the library's address (or empty when it could not be imported). */
    private final Map<String, Optional<String>> done = new HashMap<>();
    /** Uploads-relative paths whose file was read: a dry run stores none yet knows which would be. */
    private final Set<String> readable = new HashSet<>();

    private long imported;
    private long missing;

    WxrImages(String file, Path uploads, MediaLibrary media, boolean dryRun, ImportReport report) {
        this.file = file;
        this.uploads = uploads == null ? null : uploads.toAbsolutePath().normalize();
        this.media = media;
        this.dryRun = dryRun;
        this.report = report;
    }

    /** The Markdown with each uploaded image it shows stored and pointed at the library where possible. */
    String rewrite(String markdown, long line) {
        if (!markdown.contains("/wp-content/uploads/")) {
            return markdown;
        }
        Matcher m = UPLOADED_IMAGE.matcher(markdown);
        var out = new StringBuilder();
        while (m.find()) {
            String url = m.group(3);
            Optional<String> stored = store(WxrReader.decoded(m.group(4)), url, line);
            m.appendReplacement(
                    out, Matcher.quoteReplacement(m.group(1) + m.group(2) + stored.orElse(url) + m.group(5)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An attachment's file ({@code _wp_attached_file}, relative to the uploads folder), stored when there is a copy. */
    void attachment(String relative, String url, long line) {
        if (!relative.isBlank()) {
            store(relative.strip(), url.isBlank() ? relative : url, line);
        }
    }

    /**
     * A featured image's file, stored once whichever of its post, its attachment item or a body
     * names it first; empty when it is not stored (a dry run stores nothing).
     */
    Optional<String> featured(String relative, String url, long attachmentLine) {
        return relative.isBlank() ? Optional.empty() : store(relative, url.isBlank() ? relative : url, attachmentLine);
    }

    /** Whether the file was found and is a usable image, stored or (in a dry run) not. */
    boolean readable(String relative) {
        return readable.contains(relative);
    }

    private Optional<String> store(String relative, String url, long line) {
        return done.computeIfAbsent(relative, r -> {
            if (uploads == null || (media == null && !dryRun)) {
                missing++;
                report.note(file + ":" + line + ": image not imported (no --uploads folder), left as a link: " + url);
                return Optional.empty();
            }
            Path source = uploads.resolve(r).normalize();
            if (!source.startsWith(uploads) || !Files.isRegularFile(source)) {
                missing++;
                report.note(file + ":" + line + ": image not in the uploads folder, left as a link: " + url);
                return Optional.empty();
            }
            try {
                byte[] bytes = Files.readAllBytes(source);
                if (dryRun) {
                    imported++;
                    readable.add(r);
                    return Optional.empty();
                }
                String path = media.store(bytes, source.getFileName().toString(), null)
                        .path();
                imported++;
                readable.add(r);
                return Optional.of(path);
            } catch (InvalidImage | IOException e) {
                missing++;
                report.note(file + ":" + line + ": image " + url + " not imported: " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Reports the counts once. */
    void finish() {
        if (imported > 0) {
            report.note(file + ": " + imported + " images " + (dryRun ? "would be imported" : "imported")
                    + " into the media library");
        }
        if (missing > 0) {
            report.note(file + ": " + missing + " images left as links to the old site");
        }
    }
}
