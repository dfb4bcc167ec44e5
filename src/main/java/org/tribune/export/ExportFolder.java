package org.tribune.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The folder an export writes into: files replaced whole and only when their bytes change (a
 * static server or a sync to a CDN sees no needless change), files of pages that are gone deleted
 * with the folders they leave empty, and nothing written or deleted outside it.
 */
final class ExportFolder {
    /**
     * Names partial files by process and count, unique without asking the disk: a temporary file
     * named at random drew from {@code SecureRandom} for each of the fifty thousand files.
     */
    private static final String PARTIAL = ".export-" + ProcessHandle.current().pid() + "-";

    private static final AtomicLong partials = new AtomicLong();

    private final Path root;
    /**
     * Folders this export has made sure of: asking again for each file threw and caught an
     * exception per file for every folder that already existed.
     */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /** @param root an absolute, normalized path */
    ExportFolder(Path root) {
        this.root = root;
    }

    /**
     * Writes {@code body} to {@code file} (relative to the folder) unless the file already holds
     * exactly those bytes.
     *
     * @return whether the file was written
     */
    boolean write(String file, byte[] body) {
        Path target = inside(file);
        try {
            if (Files.isRegularFile(target)
                    && Files.size(target) == body.length
                    && Arrays.equals(Files.readAllBytes(target), body)) {
                return false;
            }
            Path folder = target.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            // Written aside and moved into place: a reader of the folder never sees half a file.
            Path partial = folder.resolve(PARTIAL + partials.incrementAndGet() + ".part");
            Files.write(partial, body);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Removes the given files (relative to the folder), and the folders they leave empty.
     *
     * @return how many files were deleted
     */
    int deleteGone(Set<String> gone) {
        folders.clear(); // some may go
        int deleted = 0;
        for (String file : gone) {
            Path target = inside(file);
            try {
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
     * Removes every file but {@code keep} (relative to the folder), and the folders left empty.
     * One pass over the tree, children before their folder: a folder is empty when nothing in it
     * was kept, without listing it again (a full export's folder has some thirty thousand).
     *
     * @return how many files were deleted
     */
    int deleteAllBut(Set<String> keep) {
        folders.clear(); // some may go
        Set<Path> kept = new HashSet<>();
        keep.forEach(file -> kept.add(root.resolve(file).normalize()));
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
                        deleted[0]++;
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
