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
    /** 2: links as varints in one block, nothing compressed (format 1 gzipped: a third of each export's fixed cost). */
    private static final int FORMAT = 2;

    /** A written file: where it came from, and the files of the internal links it holds. */
    record Page(String path, List<String> links) {}

    /** The manifest left by an earlier export, if there is a readable one. */
    static Optional<ExportManifest> read(Path out) {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(out.resolve(FILE)), 1 << 16))) {
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
            var links = new Varints(in.readNBytes(in.readInt()));
            Map<String, Page> pages = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String[] linked = new String[links.next()];
                for (int l = 0; l < linked.length; l++) {
                    linked[l] = files[links.next()];
                }
                pages.put(files[i], new Page(paths[i], List.of(linked)));
            }
            if (in.read() != -1) {
                throw new IOException("the manifest goes on after its last page");
            }
            return Optional.of(new ExportManifest(fingerprint, new SiteStamps(articles, authors, topics, site), pages));
        } catch (IOException | RuntimeException e) {
            // None yet, or a damaged one: it costs a full export, nothing more.
            return Optional.empty();
        }
    }

    /**
     * Writes the manifest into {@code out}, replacing the earlier one in one step, and says how its
     * links were encoded. Given the encoding of the manifest written before ({@code earlier}, or
     * null), a page whose links are the very list written then keeps its bytes, as long as the
     * pages come in the same order (their links are numbered by that order): an edit changes a
     * handful of the site's pages, and encoding all 1.34 million links again was a fifth of an
     * edit's export. The file is the same either way.
     */
    Encoded write(Path out, Encoded earlier) {
        List<String> files = List.copyOf(pages.keySet());
        boolean sameOrder = earlier != null && earlier.files().equals(files);
        Map<String, Integer> index = new HashMap<>();
        files.forEach(file -> index.put(file, index.size()));
        List<List<String>> linksWritten = new ArrayList<>(files.size());
        int[] offsets = new int[files.size() + 1];
        var links = new Varints(new byte[sameOrder ? earlier.links().length + 1024 : pages.size() * 64]);
        int[] known = new int[64];
        int at = 0;
        for (Page page : pages.values()) {
            offsets[at] = links.size;
            if (sameOrder && earlier.linksWritten().get(at) == page.links()) {
                links.append(earlier.links(), earlier.offsets()[at], earlier.offsets()[at + 1]);
            } else {
                int count = 0;
                for (String link : page.links()) {
                    Integer linked = index.get(link);
                    if (linked != null) {
                        if (count == known.length) {
                            known = Arrays.copyOf(known, count * 2);
                        }
                        known[count++] = linked;
                    }
                }
                links.add(count);
                for (int i = 0; i < count; i++) {
                    links.add(known[i]);
                }
            }
            linksWritten.add(page.links());
            at++;
        }
        offsets[at] = links.size;
        try {
            Path temp = Files.createTempFile(out, ".export-", ".part");
            try (var data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
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
                data.writeInt(links.size);
                data.write(links.bytes, 0, links.size);
            }
            Files.move(temp, out.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export manifest into " + out, e);
        }
        return new Encoded(files, linksWritten, offsets, Arrays.copyOf(links.bytes, links.size));
    }

    /**
     * How a written manifest encoded its links: the pages in order, the link lists written (by
     * identity), where each page's links start in the block, and the block.
     */
    record Encoded(List<String> files, List<List<String>> linksWritten, int[] offsets, byte[] links) {}

    /**
     * Non-negative ints, seven bits to a byte, low bits first (a link's index mostly takes two or
     * three bytes instead of four): written into a growing array, or read from one.
     */
    private static final class Varints {
        byte[] bytes;
        int size;
        private int at;

        Varints(byte[] bytes) {
            this.bytes = bytes;
        }

        void append(byte[] from, int start, int end) {
            int length = end - start;
            if (size + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
            }
            System.arraycopy(from, start, bytes, size, length);
            size += length;
        }

        void add(int value) {
            if (size + 5 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            while ((value & ~0x7F) != 0) {
                bytes[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        int next() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                if (at >= bytes.length) {
                    throw new IOException("the manifest ends inside its links");
                }
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IOException("a link index longer than an int");
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
