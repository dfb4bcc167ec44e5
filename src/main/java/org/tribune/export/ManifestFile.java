package org.tribune.export;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import org.tribune.content.SiteStamps;
import org.tribune.content.SiteStamps.ArticleStamp;

/**
 * How an {@link ExportManifest} is kept in the export folder: the whole manifest as one export
 * wrote it, then the changes later exports made to it, each appended as one record with its
 * length and checksum. An edit changes a handful of a large site's tens of thousands of pages;
 * writing all their links again after each would cost in proportion to the site, not the edit.
 *
 * <p>A record cut short (a crash while appending) fails its check, and it and anything after it
 * are left out: the manifest reads as it was before that export, which only makes the next
 * export fetch again the pages that export had changed. Past some size the changes are folded
 * into a new whole manifest ({@link #write}), written beside the file and moved over it in one step.
 */
final class ManifestFile {
    static final String NAME = ".tribune-export";
    /** 4: the whole numbered; 3: changes appended after the whole; 2: the whole only, links as varints; 1: gzipped. */
    private static final int FORMAT = 4;

    private ManifestFile() {}

    /** Tells one state of the manifest file from another: any write changes its size or time, a new file its key. */
    record Identity(Object fileKey, FileTime modified, long size) {
        static final Identity NONE = new Identity(null, null, -1);
    }

    /** The manifest file in {@code out} as it is now; {@link Identity#NONE} when there is none. */
    static Identity identity(Path out) {
        try {
            var file = Files.readAttributes(out.resolve(NAME), BasicFileAttributes.class);
            return new Identity(file.fileKey(), file.lastModifiedTime(), file.size());
        } catch (IOException e) {
            return Identity.NONE;
        }
    }

    /** The manifest in {@code out}, if there is a readable one. */
    static Optional<ExportManifest> read(Path out) {
        return load(out).map(Stored::manifest);
    }

    /**
     * A manifest read from its file, and how the file holds it.
     *
     * @param file the file as it was read
     * @param whole the whole manifest at the start of the file; null when the changes after it end
     *     in a damaged one, after which nothing can be appended
     */
    record Stored(ExportManifest manifest, Identity file, Whole whole) {}

    /** The manifest in {@code out} and how its file holds it, if there is a readable one. */
    static Optional<Stored> load(Path out) {
        Identity identity = identity(out);
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(out.resolve(NAME)), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            long wholeId = in.readLong();
            String fingerprint = in.readUTF();
            Map<String, ArticleStamp> articles = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                articles.put(in.readUTF(), new ArticleStamp(in.readLong(), in.readLong()));
            }
            Map<String, Long> authors = readStamps(in);
            Map<String, Long> topics = readStamps(in);
            long site = in.readLong();
            String[] files = new String[in.readInt()];
            Map<String, ExportManifest.Page> pages = readPages(in, files);
            ByteBuffer changes = ByteBuffer.wrap(in.readAllBytes());
            long wholeSize = identity.size() - changes.remaining();
            // Changes replay as ExportManifest.apply does them: a page put again keeps its place, a new one comes last.
            while (changes.remaining() >= 2 * Integer.BYTES) {
                int length = changes.getInt();
                int checksum = changes.getInt();
                if (length < 0
                        || length > changes.remaining()
                        || checksum != checksum(changes.array(), changes.position(), length)) {
                    break;
                }
                var change = new DataInputStream(new ByteArrayInputStream(changes.array(), changes.position(), length));
                if (change.readLong() != wholeId) {
                    changes.position(changes.position() - 2 * Integer.BYTES); // appended to another whole: damaged
                    break;
                }
                changes.position(changes.position() + length);
                site = change.readLong();
                readStampChanges(change, articles, c -> new ArticleStamp(c.readLong(), c.readLong()));
                readStampChanges(change, authors, DataInputStream::readLong);
                readStampChanges(change, topics, DataInputStream::readLong);
                readPageChanges(change, files, pages);
            }
            Map<String, Integer> places = new HashMap<>();
            for (String file : files) {
                places.put(file, places.size());
            }
            // Changed while read (another export writing it): good to read, not to append to.
            boolean appendable = !changes.hasRemaining() && identity.equals(identity(out));
            return Optional.of(new Stored(
                    new ExportManifest(fingerprint, new SiteStamps(articles, authors, topics, site), pages),
                    identity,
                    appendable ? new Whole(wholeId, wholeSize, places) : null));
        } catch (IOException | RuntimeException e) {
            // None yet, or a damaged one: it costs a full export, nothing more.
            return Optional.empty();
        }
    }

    /**
     * A whole manifest as written: a number drawn for it, which every change appended to it
     * repeats (a change appended to another whole, by two exports into one folder, reads as
     * damaged); the file's size then; and each page's place in it, by which changes name the
     * files their links lead to (a link then takes two or three bytes instead of some fifty; a
     * sitemap file's page alone has thousands).
     */
    record Whole(long id, long size, Map<String, Integer> files) {}

    /** Writes the whole manifest into {@code out}, replacing the file in one step. */
    static Whole write(Path out, ExportManifest manifest) {
        Map<String, Integer> files;
        long id = ThreadLocalRandom.current().nextLong();
        Path temp = null;
        try {
            temp = Files.createTempFile(out, ".export-", ".part");
            try (var data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                data.writeInt(FORMAT);
                data.writeLong(id);
                data.writeUTF(manifest.fingerprint());
                SiteStamps stamps = manifest.stamps();
                data.writeInt(stamps.articles().size());
                for (var article : stamps.articles().entrySet()) {
                    data.writeUTF(article.getKey());
                    data.writeLong(article.getValue().content());
                    data.writeLong(article.getValue().membership());
                }
                writeStamps(data, stamps.authors());
                writeStamps(data, stamps.topics());
                data.writeLong(stamps.site());
                files = writePages(data, manifest.pages());
            }
            long size = Files.size(temp);
            Files.move(temp, out.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Whole(id, size, files);
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp); // not left among the published files
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw new UncheckedIOException("cannot write the export manifest into " + out, e);
        }
    }

    /**
     * Appends {@code change} to the manifest file in {@code out}, which must hold {@code manifest}
     * as it is before the change, written whole as {@code whole} and perhaps with changes since;
     * the stamps are written as what changed since the manifest's own.
     *
     * @return how many bytes were appended
     */
    static long append(Path out, ExportManifest manifest, ExportManifest.Change change, Whole whole) {
        var bytes = new ByteArrayOutputStream(4096);
        try (var data = new DataOutputStream(bytes)) {
            data.writeInt(0); // length and checksum, filled in below
            data.writeInt(0);
            data.writeLong(whole.id());
            SiteStamps before = manifest.stamps();
            SiteStamps after = change.stamps();
            data.writeLong(after.site());
            writeStampChanges(data, before.articles(), after.articles(), (d, stamp) -> {
                d.writeLong(stamp.content());
                d.writeLong(stamp.membership());
            });
            writeStampChanges(data, before.authors(), after.authors(), DataOutputStream::writeLong);
            writeStampChanges(data, before.topics(), after.topics(), DataOutputStream::writeLong);
            data.writeInt(change.gone().size());
            for (String file : change.gone()) {
                data.writeUTF(file);
            }
            data.writeInt(change.fetched().size());
            for (var page : change.fetched().entrySet()) {
                data.writeUTF(page.getKey());
                data.writeUTF(page.getValue().path());
                Varints.write(data, page.getValue().links().size());
                for (String link : page.getValue().links()) {
                    Integer at = whole.files().get(link);
                    Varints.write(data, at == null ? 0 : at + 1);
                    if (at == null) {
                        data.writeUTF(link);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an export's changes", e);
        }
        byte[] record = bytes.toByteArray();
        int length = record.length - 2 * Integer.BYTES;
        ByteBuffer.wrap(record).putInt(length).putInt(checksum(record, 2 * Integer.BYTES, length));
        try (var file = Files.newOutputStream(out.resolve(NAME), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            file.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add to the export manifest in " + out, e);
        }
        return record.length;
    }

    private static int checksum(byte[] bytes, int from, int length) {
        var crc = new CRC32();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }

    /** Pages as a list of files and addresses, then every page's links as indexes into that list (varints). */
    /** @return each page's place in the list */
    private static Map<String, Integer> writePages(DataOutputStream data, Map<String, ExportManifest.Page> pages)
            throws IOException {
        Map<String, Integer> index = new HashMap<>();
        data.writeInt(pages.size());
        for (var page : pages.entrySet()) {
            index.put(page.getKey(), index.size());
            data.writeUTF(page.getKey());
            data.writeUTF(page.getValue().path());
        }
        var links = new Varints(new byte[pages.size() * 64]);
        int[] known = new int[64];
        for (ExportManifest.Page page : pages.values()) {
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
        data.writeInt(links.size);
        data.write(links.bytes, 0, links.size);
        return index;
    }

    /** Reads the pages into {@code files} (sized to their count) and a map of them, in order. */
    private static Map<String, ExportManifest.Page> readPages(DataInputStream in, String[] files) throws IOException {
        int count = files.length;
        String[] paths = new String[count];
        for (int i = 0; i < count; i++) {
            files[i] = in.readUTF();
            paths[i] = in.readUTF();
        }
        var links = new Varints(in.readNBytes(in.readInt()));
        Map<String, ExportManifest.Page> pages = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String[] linked = new String[links.next()];
            for (int l = 0; l < linked.length; l++) {
                linked[l] = files[links.next()];
            }
            pages.put(files[i], new ExportManifest.Page(paths[i], List.of(linked)));
        }
        return pages;
    }

    /** Writes one stamp value. */
    private interface StampWriter<S> {
        void write(DataOutputStream data, S stamp) throws IOException;
    }

    /** Reads one stamp value. */
    private interface StampReader<S> {
        S read(DataInputStream data) throws IOException;
    }

    /** The keys whose stamp is new or different, with it, then the keys gone. */
    private static <S> void writeStampChanges(
            DataOutputStream data, Map<String, S> before, Map<String, S> after, StampWriter<S> writeStamp)
            throws IOException {
        List<Map.Entry<String, S>> changed = new ArrayList<>();
        after.entrySet().stream()
                .filter(entry -> !Objects.equals(before.get(entry.getKey()), entry.getValue()))
                .forEach(changed::add);
        List<String> gone =
                before.keySet().stream().filter(key -> !after.containsKey(key)).toList();
        data.writeInt(changed.size());
        for (var entry : changed) {
            data.writeUTF(entry.getKey());
            writeStamp.write(data, entry.getValue());
        }
        data.writeInt(gone.size());
        for (String key : gone) {
            data.writeUTF(key);
        }
    }

    /** Files gone, then pages fetched: their links named by their place in the whole ({@code files}), or spelled out. */
    private static void readPageChanges(DataInputStream change, String[] files, Map<String, ExportManifest.Page> pages)
            throws IOException {
        for (int i = change.readInt(); i > 0; i--) {
            pages.remove(change.readUTF());
        }
        for (int i = change.readInt(); i > 0; i--) {
            String file = change.readUTF();
            String path = change.readUTF();
            String[] links = new String[Varints.read(change)];
            for (int l = 0; l < links.length; l++) {
                int at = Varints.read(change);
                links[l] = at == 0 ? change.readUTF() : files[at - 1];
            }
            pages.put(file, new ExportManifest.Page(path, List.of(links)));
        }
    }

    private static <S> void readStampChanges(DataInputStream data, Map<String, S> stamps, StampReader<S> readStamp)
            throws IOException {
        for (int i = data.readInt(); i > 0; i--) {
            stamps.put(data.readUTF(), readStamp.read(data));
        }
        for (int i = data.readInt(); i > 0; i--) {
            stamps.remove(data.readUTF());
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
