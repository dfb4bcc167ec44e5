package org.tribune.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.tribune.db.SqliteBackup;

/**
 * Backups of a SQLite store and its media folder, taken while servers keep serving and writing,
 * and restoring one into a data folder.
 *
 * <pre>{@code
 * Backups.backUp(settings, Path.of("/backups/tribune.zip"), Clock.systemUTC());
 * Backups.restore(Path.of("/backups/tribune.zip"), Path.of("tribune-data"), false);
 * }</pre>
 *
 * <p>A backup is a zip file: {@code tribune.db} (a consistent copy made by SQLite, {@link
 * SqliteBackup}, checked with {@code integrity_check} before it is packed), the media folder's
 * files under {@code media/} (copied after the database, so every image the copy refers to is
 * there), and {@code tribune-backup.properties}. It holds no search index: a server started on a
 * restored folder builds it in the background, its search page saying so meanwhile. PostgreSQL is
 * backed up with its own tools ({@link #postgresCommands}).
 */
public final class Backups {
    static final String DATABASE_ENTRY = "tribune.db";
    static final String MEDIA_FOLDER = "media";
    static final String ABOUT_ENTRY = "tribune-backup.properties";
    /** What Tribune keeps in a data folder; a forced restore replaces these and leaves the rest. */
    private static final List<String> STORE_FILES =
            List.of("tribune.db", "tribune.db-wal", "tribune.db-shm", "tribune.db-journal", "index", MEDIA_FOLDER);

    private Backups() {}

    /** What a backup wrote. */
    public record Written(Path file, long bytes, long databaseBytes, int mediaFiles, Duration took) {}

    /** What a restore put in place. */
    public record Restored(long databaseBytes, int mediaFiles) {}

    /** True when the settings' store is PostgreSQL, which {@code pg_dump} backs up. */
    public static boolean isPostgres(Settings settings) {
        return settings.effectiveDatabaseUrl().startsWith("jdbc:postgresql:");
    }

    /**
     * Writes a backup of the settings' SQLite store and media folder to {@code out}, replacing any
     * file there only once the new one is complete.
     *
     * @throws IllegalArgumentException when the store is PostgreSQL, or there is no store in the data folder
     * @throws IllegalStateException when the copy of the database fails SQLite's integrity check
     */
    public static Written backUp(Settings settings, Path out, Clock clock) {
        if (isPostgres(settings)) {
            throw new IllegalArgumentException("a PostgreSQL store is backed up with pg_dump");
        }
        long start = System.nanoTime();
        Path database = settings.dataDir().resolve(DATABASE_ENTRY);
        Path folder = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Path staging = Files.createTempDirectory(folder, ".tribune-backup-");
            try {
                Path copy = staging.resolve(DATABASE_ENTRY);
                SqliteBackup.copy(database, copy);
                String integrity = SqliteBackup.integrity(copy);
                if (!integrity.equals("ok")) {
                    throw new IllegalStateException(
                            "the copy of " + database + " fails SQLite's integrity check: " + integrity);
                }
                Path partial = staging.resolve("backup.zip");
                int media = writeZip(partial, copy, settings.dataDir().resolve(MEDIA_FOLDER), clock);
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new Written(
                        out, Files.size(out), Files.size(copy), media, Duration.ofNanos(System.nanoTime() - start));
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + out + ": " + e.getMessage(), e);
        }
    }

    private static int writeZip(Path zip, Path database, Path media, Clock clock) throws IOException {
        int mediaFiles = 0;
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                var zipOut = new ZipOutputStream(Channels.newOutputStream(channel))) {
            zipOut.putNextEntry(new ZipEntry(ABOUT_ENTRY));
            zipOut.write(("format=1\ncreated=" + clock.instant() + "\n").getBytes(StandardCharsets.UTF_8));
            zipOut.closeEntry();
            zipOut.putNextEntry(new ZipEntry(DATABASE_ENTRY));
            Files.copy(database, zipOut);
            zipOut.closeEntry();
            for (Path file : mediaFiles(media)) {
                zipOut.putNextEntry(new ZipEntry(
                        MEDIA_FOLDER + "/" + media.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zipOut);
                zipOut.closeEntry();
                mediaFiles++;
            }
            zipOut.finish();
            zipOut.flush();
            channel.force(true); // on disk before it takes the backup's name
        }
        return mediaFiles;
    }

    /** The media folder's files, without the half-written ones a server may be making. */
    private static List<Path> mediaFiles(Path media) throws IOException {
        if (!Files.isDirectory(media)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(media)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> !file.getFileName().toString().endsWith(".tmp"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Restores the backup {@code file} into {@code dataDir}: the database (checked first) and the
     * media. A folder that holds anything is refused unless {@code force}, which replaces the
     * store, the search index and the media it holds and leaves its other files.
     *
     * @throws IllegalArgumentException when the file is not a Tribune backup, its database fails the
     *     integrity check, or the folder is not empty and {@code force} is false
     * @throws DataFolderLock.DataFolderInUse when a server is running on the folder
     */
    public static Restored restore(Path file, Path dataDir, boolean force) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no backup file at " + file);
        }
        try (var lock = DataFolderLock.take(dataDir)) {
            if (!force && !isEmpty(dataDir)) {
                throw new IllegalArgumentException(dataDir + " is not empty: restore into an empty or new folder, "
                        + "or add --force to replace the store, search index and media it holds");
            }
            return restoreUnderLock(file, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + file + " into " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** The restore itself, while this process holds the folder's lock, so that no server starts on it meanwhile. */
    private static Restored restoreUnderLock(Path file, Path dataDir) {
        try {
            Path folder = dataDir.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path staging = Files.createTempDirectory(folder, ".tribune-restore-");
            try {
                int media = unpack(file, staging);
                Path database = staging.resolve(DATABASE_ENTRY);
                String integrity = SqliteBackup.integrity(database);
                if (!integrity.equals("ok")) {
                    throw new IllegalArgumentException(
                            "the database in " + file + " fails SQLite's integrity check: " + integrity);
                }
                Files.createDirectories(dataDir);
                for (String name : STORE_FILES) {
                    deleteTree(dataDir.resolve(name));
                }
                long databaseBytes = Files.size(database);
                Files.move(database, dataDir.resolve(DATABASE_ENTRY), StandardCopyOption.ATOMIC_MOVE);
                if (Files.isDirectory(staging.resolve(MEDIA_FOLDER))) {
                    Files.move(
                            staging.resolve(MEDIA_FOLDER),
                            dataDir.resolve(MEDIA_FOLDER),
                            StandardCopyOption.ATOMIC_MOVE);
                }
                return new Restored(databaseBytes, media);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + file + " into " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Unpacks a backup into {@code staging}, refusing anything that is not one; returns the number of media files. */
    private static int unpack(Path file, Path staging) throws IOException {
        int media = 0;
        boolean database = false;
        try (var zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (entry.isDirectory() || name.equals(ABOUT_ENTRY)) {
                    continue;
                }
                Path target = staging.resolve(name).normalize();
                boolean isDatabase = name.equals(DATABASE_ENTRY);
                boolean isMedia =
                        name.startsWith(MEDIA_FOLDER + "/") && target.startsWith(staging.resolve(MEDIA_FOLDER));
                if (!isDatabase && !isMedia) {
                    throw new IllegalArgumentException(file + " is not a Tribune backup: it holds " + name);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry);
                        OutputStream to = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    in.transferTo(to);
                }
                database |= isDatabase;
                media += isMedia ? 1 : 0;
            }
        } catch (ZipException e) {
            throw new IllegalArgumentException(
                    file + " is not a Tribune backup (not a zip file: " + e.getMessage() + ")");
        }
        if (!database) {
            throw new IllegalArgumentException(file + " is not a Tribune backup: it holds no " + DATABASE_ENTRY);
        }
        return media;
    }

    /**
     * The commands that back up and restore a PostgreSQL store, for the operator to run (or to
     * put in cron): {@code pg_dump} takes a consistent snapshot while the nodes keep writing.
     */
    public static List<String> postgresCommands(Settings settings, Path out) {
        String jdbcUrl = settings.effectiveDatabaseUrl();
        String schema = null;
        var parameters = new ArrayList<String>();
        String address = jdbcUrl.substring("jdbc:".length());
        int query = address.indexOf('?');
        if (query >= 0) {
            for (String parameter : address.substring(query + 1).split("&")) {
                if (parameter.startsWith("currentSchema=")) {
                    schema = parameter.substring("currentSchema=".length());
                } else if (!parameter.isEmpty()) {
                    parameters.add(parameter);
                }
            }
            address = address.substring(0, query) + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
        }
        String schemaOption = schema == null ? "" : " --schema=" + schema;
        String file = out == null ? "tribune.dump" : out.toString();
        return List.of(
                "pg_dump --format=custom" + schemaOption + " --file='" + file + "' '" + address + "'",
                "pg_restore --no-owner --exit-on-error --dbname='" + address + "' '" + file + "'");
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(entry -> entry.getFileName().toString().equals(DataFolderLock.FILE_NAME));
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
