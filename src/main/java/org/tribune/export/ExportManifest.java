package org.tribune.export;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tribune.content.SiteStamps;
import org.tribune.content.SiteStamps.ArticleStamp;

/**
 * What an export wrote, kept in the export folder for the next one: the state of the site it was
 * made from ({@link SiteStamps} and a fingerprint of the code and settings), and every page with
 * the address it was fetched from and the pages it links to. The next export compares the site's
 * state with this one and fetches again only the pages that can have changed.
 *
 * @param fingerprint the code and the export's settings; another fingerprint means a full export
 * @param stamps the site's state when the pages were written
 * @param pages per file (relative to the export folder): the page's address and its links' files
 */
record ExportManifest(String fingerprint, SiteStamps stamps, Map<String, Page> pages) {
    static final String FILE = ".tribune-export";
    private static final int FORMAT = 1;

    /** A written file: where it came from, and the files of the internal links it holds. */
    record Page(String path, List<String> links) {}

    /** The manifest left by an earlier export, if there is a readable one. */
    static Optional<ExportManifest> read(Path out) {
        try (var in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(
                Files.newInputStream(out.resolve(FILE)))))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            String fingerprint = in.readUTF();
            Map<String, ArticleStamp> articles = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                articles.put(in.readUTF(), new ArticleStamp(in.readLong(), in.readLong()));
            }
            Map<String, Long> authors = readStamps(in);
            Map<String, Long> topics = readStamps(in);
            long site = in.readLong();
            int count = in.readInt();
            String[] files = new String[count];
            String[] paths = new String[count];
            for (int i = 0; i < count; i++) {
                files[i] = in.readUTF();
                paths[i] = in.readUTF();
            }
            Map<String, Page> pages = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                int links = in.readInt();
                List<String> linked = new ArrayList<>(links);
                for (int l = 0; l < links; l++) {
                    linked.add(files[in.readInt()]);
                }
                pages.put(files[i], new Page(paths[i], linked));
            }
            return Optional.of(new ExportManifest(fingerprint, new SiteStamps(articles, authors, topics, site), pages));
        } catch (IOException | RuntimeException e) {
            // None yet, or a damaged one: it costs a full export, nothing more.
            return Optional.empty();
        }
    }

    /** Writes the manifest into {@code out}, replacing the earlier one in one step. */
    void write(Path out) {
        Map<String, Integer> index = new HashMap<>();
        pages.keySet().forEach(file -> index.put(file, index.size()));
        try {
            Path temp = Files.createTempFile(out, ".export-", ".part");
            try (var data = new DataOutputStream(new BufferedOutputStream(new FastGzip(Files.newOutputStream(temp))))) {
                data.writeInt(FORMAT);
                data.writeUTF(fingerprint);
                data.writeInt(stamps.articles().size());
                for (var article : stamps.articles().entrySet()) {
                    data.writeUTF(article.getKey());
                    data.writeLong(article.getValue().content());
                    data.writeLong(article.getValue().membership());
                }
                writeStamps(data, stamps.authors());
                writeStamps(data, stamps.topics());
                data.writeLong(stamps.site());
                data.writeInt(pages.size());
                for (var page : pages.entrySet()) {
                    data.writeUTF(page.getKey());
                    data.writeUTF(page.getValue().path());
                }
                int[] known = new int[64];
                for (Page page : pages.values()) {
                    int count = 0;
                    for (String link : page.links()) {
                        Integer at = index.get(link);
                        if (at != null) {
                            if (count == known.length) {
                                known = Arrays.copyOf(known, count * 2);
                            }
                            known[count++] = at;
                        }
                    }
                    data.writeInt(count);
                    for (int i = 0; i < count; i++) {
                        data.writeInt(known[i]);
                    }
                }
            }
            Files.move(temp, out.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export manifest into " + out, e);
        }
    }

    /** Compressed for size on disk, at the fastest level: written at the end of every export. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(java.io.OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static Map<String, Long> readStamps(DataInputStream in) throws IOException {
        Map<String, Long> stamps = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            stamps.put(in.readUTF(), in.readLong());
        }
        return stamps;
    }

    private static void writeStamps(DataOutputStream out, Map<String, Long> stamps) throws IOException {
        out.writeInt(stamps.size());
        for (var stamp : stamps.entrySet()) {
            out.writeUTF(stamp.getKey());
            out.writeLong(stamp.getValue());
        }
    }
}
