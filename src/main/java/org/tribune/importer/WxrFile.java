package org.tribune.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tribune.content.RedirectService;
import org.tribune.media.MediaLibrary;

/** One WordPress export file, read twice: once to decide the translation groups, once to import. */
final class WxrFile {
    private final Path file;
    private final WxrOptions options;
    private final ImportBatch batch;
    private final ImportReport report;
    private final RedirectService redirects;
    private final MediaLibrary media;

    WxrFile(
            Path file,
            WxrOptions options,
            ImportBatch batch,
            ImportReport report,
            RedirectService redirects,
            MediaLibrary media) {
        this.file = file;
        this.media = media;
        this.redirects = redirects;
        this.options = options;
        this.batch = batch;
        this.report = report;
    }

    void importAll() {
        String name = file.toString();
        try {
            var index = new WxrIndex((line, reason) -> batch.reject(name, line, reason));
            read(index);
            var posts = new WxrImport(name, options, index, batch, report, redirects, media);
            read(posts);
            // The archives' redirects follow the posts stored: each waits for its edition's batch.
            batch.flush();
            posts.finish();
        } catch (WxrReader.WxrUnreadable e) {
            batch.reject(name, e.line(), "column " + e.column() + ": " + e.getMessage());
        } catch (IOException e) {
            batch.reject(name, 0, "cannot read: " + e.getMessage());
        }
    }

    private void read(WxrReader.Listener listener) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            WxrReader.read(in, listener);
        }
    }

    /** An {@code <rss>} document in WordPress's export namespace, whatever the file is called. */
    static boolean looksLikeWxr(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
            return head.contains("<rss") && head.contains("wordpress.org/export/");
        } catch (IOException e) {
            return false;
        }
    }
}
