package org.tribune.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The folder an export writes into: files replaced whole and only when their bytes change (a
 * static server or a sync to a CDN sees no needless change), each text file with a gzipped copy
 * beside it, files of pages that are gone deleted with their copies and the folders they leave
 * empty, and nothing written or deleted outside it.
 */
final class ExportFolder {
    /**
     * Names partial files by process and count, unique without asking the disk: a temporary file
     * named at random drew from {@code SecureRandom} for each of the fifty thousand files.
     */
    private static final String PARTIAL = ".export-" + ProcessHandle.current().pid() + "-";

    private static final AtomicLong partials = new AtomicLong();

    private static final String GZIP = ".gz";
    /** Extensions of the text files an export writes: each gets a gzipped copy. */
    private static final Set<String> TEXT = Set.of("html", "xml", "rss", "json", "css", "txt", "svg", "js");

    private final Path root;
    /**
     * Folders this export has made sure of: asking again for each file threw and caught an
     * exception per file for every folder that already existed.
     */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /**
     * Whether the folder was missing or empty when this export began: then no file is there but
     * those written since ({@link #written}), and a file not among them need not be looked for.
     * Looking cost a failed {@code stat}, and an exception, for each of a full export's files.
     */
    private final boolean startedEmpty;
    /** The files written since the folder was found empty (none are noted otherwise). */
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    /** @param root an absolute, normalized path */
    ExportFolder(Path root) {
        this.root = root;
        this.startedEmpty = missingOrEmpty(root);
    }

    private static boolean missingOrEmpty(Path root) {
        try {
            return !Files.exists(root) || (Files.isDirectory(root) && isEmpty(root));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes {@code body} to {@code file} (relative to the folder) unless the file already holds
     * exactly those bytes; a text file gets its gzipped copy beside it ({@code FILE.gz}), for
     * servers that send precompressed files ({@code gzip_static}).
     *
     * <p>A file and its copy are given the same modification time, and the copy is put in place
     * first: a copy whose time differs from its file's (a crash between the two) is stale, and is
     * written again even when the file's bytes have not changed.
     *
     * @return whether the file was written (its copy is not counted)
     */
    boolean write(String file, byte[] body) {
        Path target = inside(file);
        Path copy = isText(file) ? target.resolveSibling(target.getFileName() + GZIP) : null;
        try {
            BasicFileAttributes existing = startedEmpty && written.add(file) ? null : attributes(target);
            if (existing != null
                    && existing.isRegularFile()
                    && existing.size() == body.length
                    && Arrays.equals(Files.readAllBytes(target), body)) {
                if (copy != null && !existing.lastModifiedTime().equals(modified(copy))) {
                    putInPlace(copy, gzip(body), existing.lastModifiedTime());
                }
                return false;
            }
            Path folder = target.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            FileTime now = FileTime.from(Instant.now());
            if (copy != null) {
                putInPlace(copy, gzip(body), now);
            }
            putInPlace(target, body, now);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Written aside and moved into place: a reader of the folder never sees half a file. */
    private static void putInPlace(Path target, byte[] body, FileTime modified) throws IOException {
        Path partial = target.resolveSibling(PARTIAL + partials.incrementAndGet() + ".part");
        try {
            Files.write(partial, body);
            Files.setLastModifiedTime(partial, modified);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial); // not left among the published files
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Whether the file is text, which servers send compressed and so gets a gzipped copy. */
    static boolean isText(String file) {
        int dot = file.lastIndexOf('.');
        return dot > file.lastIndexOf('/') && TEXT.contains(file.substring(dot + 1));
    }

    /** Whether the file is a text file's gzipped copy (not counted among the files deleted). */
    private static boolean isCopy(String file) {
        return file.endsWith(GZIP) && isText(file.substring(0, file.length() - GZIP.length()));
    }

    /**
     * {@code body} gzipped at the highest level: the copy is written once and sent many times. The
     * header holds no time or name, so the same bytes give the same copy.
     */
    static byte[] gzip(byte[] body) {
        var bytes = new ByteArrayOutputStream(body.length / 3 + 64);
        try (var gzip = new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot gzip in memory", e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static FileTime modified(Path file) {
        BasicFileAttributes attributes = attributes(file);
        return attributes == null ? null : attributes.lastModifiedTime();
    }

    /**
     * Removes the given files (relative to the folder) with their gzipped copies, and the folders
     * they leave empty.
     *
     * @return how many files were deleted
     */
    int deleteGone(Set<String> gone) {
        folders.clear(); // some may go
        int deleted = 0;
        for (String file : gone) {
            Path target = inside(file);
            try {
                if (isText(file)) {
                    Files.deleteIfExists(target.resolveSibling(target.getFileName() + GZIP));
                }
                if (Files.deleteIfExists(target)) {
                    deleted++;
                    deleteEmptyFolders(target.getParent());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file + " from " + root, e);
            }
        }
        return deleted;
    }

    /**
     * Removes every file but {@code keep} (relative to the folder) and their gzipped copies, and the
     * folders left empty.
     * One pass over the tree, children before their folder: a folder is empty when nothing in it
     * was kept, without listing it again (a full export's folder has some thirty thousand).
     *
     * @return how many files were deleted, copies not counted
     */
    int deleteAllBut(Set<String> keep) {
        if (startedEmpty && keep.containsAll(written)) {
            return 0; // nothing else is there
        }
        folders.clear(); // some may go
        Set<Path> kept = new HashSet<>();
        for (String file : keep) {
            kept.add(root.resolve(file).normalize());
            if (isText(file)) {
                kept.add(root.resolve(file + GZIP).normalize());
            }
        }
        int[] deleted = {0};
        // Per folder being visited, innermost first: how many of its entries stay.
        Deque<int[]> staying = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    staying.push(new int[1]);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (kept.contains(file)) {
                        staying.element()[0]++;
                    } else {
                        Files.delete(file);
                        if (!isCopy(file.getFileName().toString())) {
                            deleted[0]++;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    boolean empty = staying.pop()[0] == 0;
                    if (!dir.equals(root)) {
                        if (empty) {
                            Files.delete(dir);
                        } else {
                            staying.element()[0]++;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + root, e);
        }
        return deleted[0];
    }

    private Path inside(String file) {
        Path target = root.resolve(file).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalStateException("refusing to touch a file outside the export folder: " + file);
        }
        return target;
    }

    private void deleteEmptyFolders(Path folder) throws IOException {
        for (Path dir = folder;
                dir != null && dir.startsWith(root) && !dir.equals(root) && isEmpty(dir);
                dir = dir.getParent()) {
            Files.delete(dir);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
