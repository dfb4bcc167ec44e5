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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tribune.db.Database;

/**
 * The media library: cleans and stores uploaded images, lists them, and finds them for serving.
 *
 * <pre>{@code
 * var media = new MediaLibrary(db, dataDir.resolve("media"), clock);
 * StoredImage image = media.store(uploadBytes, "harbour.jpg", "mei");
 * String markdown = image.markdown();
 * }</pre>
 */
public final class MediaLibrary {
    public static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{64}\\.(png|jpg)");

    private final MediaRepository images;
    private final Path folder;
    private final Clock clock;

    public MediaLibrary(Database db, Path folder, Clock clock) {
        this.images = new MediaRepository(db);
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * Cleans and stores an image; the same image uploaded twice is stored once.
     *
     * @throws InvalidImage when the bytes are too many or not an accepted image
     */
    public StoredImage store(byte[] upload, String originalName, String uploadedBy) {
        if (upload.length == 0) {
            throw new InvalidImage("the file is empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new InvalidImage("the file is " + upload.length / 1024 / 1024 + " MB; the limit is "
                    + MAX_UPLOAD_BYTES / 1024 / 1024 + " MB");
        }
        ImageCleaner.Cleaned clean = ImageCleaner.clean(upload);
        String fileName = sha256(clean.bytes()) + "." + clean.extension();
        writeOnce(fileName, clean.bytes());
        String name = originalName == null || originalName.isBlank()
                ? fileName
                : originalName.strip().replaceAll("[\\p{Cntrl}/\\\\]", "_");
        var image = new StoredImage(
                fileName,
                clean.contentType(),
                clean.width(),
                clean.height(),
                clean.bytes().length,
                name.length() > 200 ? name.substring(0, 200) : name,
                uploadedBy,
                clock.instant());
        images.insertIfAbsent(image);
        return image;
    }

    /** The most recent uploads first. */
    public List<StoredImage> recent(int limit) {
        return images.listRecent(limit);
    }

    /** The stored file for a {@code /media/} address; empty for any name that is not one of ours. */
    public Optional<Path> file(String fileName) {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Written to a temporary name and moved into place, so a crash never leaves half a file. */
    private void writeOnce(String fileName, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(fileName);
            if (Files.exists(target)) {
                return;
            }
            Path temp = Files.createTempFile(folder, "upload-", ".part");
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + fileName + " in " + folder, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
