package org.tribune.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * This node's copies of media files, in its data folder: the database holds every image, and a
 * node reads each from it once and serves it from here afterwards. A file's name is its content's
 * hash (a variant's, the hash of the image it was made from), so a copy never goes stale and can
 * be deleted at any time. The folder is also where uploads were kept before the database held
 * them, so those files are copies already.
 */
final class MediaDiskCopies {
    private final Path folder;

    MediaDiskCopies(Path folder) {
        this.folder = folder;
    }

    /** The copy named {@code fileName}, when this node has one; the name must be checked already. */
    Optional<Path> find(String fileName) {
        Path file = folder.resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Written to a temporary name and moved into place, so a crash never leaves half a file. */
    Path keep(String fileName, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(fileName);
            if (Files.exists(target)) {
                return target;
            }
            Path temp = Files.createTempFile(folder, "copy-", ".part");
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(bytes));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a copy of " + fileName + " in " + folder, e);
        }
    }

    Path folder() {
        return folder;
    }
}
