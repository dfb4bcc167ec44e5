package org.tribune.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A running server's claim on its data folder: an operating-system lock on {@code tribune.lock}
 * in it, held until the server closes (or its process ends, however it ends: the system releases
 * the lock of a killed process, so a stale file never blocks anyone). A second server on the same
 * folder, and a restore into it, find the lock taken and refuse instead of changing a store and an
 * index under a running server.
 *
 * <pre>{@code
 * try (var lock = DataFolderLock.take(Path.of("tribune-data"))) {
 *     // the folder is this process's until closed
 * }
 * }</pre>
 */
public final class DataFolderLock implements AutoCloseable {
    /** The file holding the lock; it carries nothing, and a restore leaves it where it is. */
    public static final String FILE_NAME = "tribune.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code dataDir}, making the folder when it does not exist.
     *
     * @throws DataFolderInUse when a server (in this process or another) holds it
     * @throws UncheckedIOException when the lock file cannot be made
     */
    public static DataFolderLock take(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataFolderInUse(dataDir);
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DataFolderInUse(dataDir);
        } catch (DataFolderInUse e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was locked through it
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the data folder's lock: " + e.getMessage(), e);
        }
    }

    /** A server is running on the data folder. */
    public static final class DataFolderInUse extends RuntimeException {
        DataFolderInUse(Path dataDir) {
            super(dataDir + " is in use by a running Tribune server (it holds " + dataDir.resolve(FILE_NAME)
                    + "); stop that server first");
        }
    }
}
