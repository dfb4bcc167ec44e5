package org.tribune.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.db.Database;

/**
 * The media library: cleans uploaded images, stores them and their smaller copies in the database
 * (so every node can serve every image), lists them, and finds them for serving from this node's
 * disk copies.
 *
 * <p>Images are in the database for SQLite as well as PostgreSQL: one way of storing them, and a
 * backup of the database is a backup of the images. The data folder's {@code media} directory only
 * holds copies, which may be deleted.
 *
 * <pre>{@code
 * var media = new MediaLibrary(db, dataDir.resolve("media"), clock);
 * StoredImage image = media.store(uploadBytes, "harbour.jpg", "mei");
 * String markdown = image.markdown();
 * }</pre>
 */
public final class MediaLibrary {
    private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

    public static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{64}(-[0-9]{2,5}w)?\\.(png|jpg)");
    private static final Pattern IMAGE_NAME = Pattern.compile("[0-9a-f]{64}\\.(png|jpg)");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Database db;
    private final MediaRepository images;
    private final MediaDiskCopies copies;
    private final Clock clock;

    /**
     * @param folder this node's copies of the images it served; also where uploads were kept before
     *     the database held them ({@link #copyFolderIntoDatabase()})
     */
    public MediaLibrary(Database db, Path folder, Clock clock) {
        this.db = db;
        this.images = new MediaRepository(db);
        this.copies = new MediaDiskCopies(folder);
        this.clock = clock;
    }

    /**
     * Cleans and stores an image with its smaller copies; the same image uploaded twice is stored once.
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
        if (images.hasContent(fileName)) {
            return images.find(fileName).orElse(image);
        }
        List<ImageVariants.Variant> variants = ImageVariants.of(clean);
        db.useTransaction(h -> {
            images.insertIfAbsent(h, image);
            images.insertContentIfAbsent(h, fileName, clean.bytes());
            for (var variant : variants) {
                String variantFile = ImageVariants.fileName(fileName, variant.width());
                images.insertContentIfAbsent(h, variantFile, variant.bytes());
                images.insertVariantIfAbsent(h, fileName, variant, variantFile);
            }
        });
        copies.keep(fileName, clean.bytes());
        return image;
    }

    /**
     * Cleans and stores an image file, as {@link #store} an upload: for imports that name images by path.
     *
     * @throws InvalidImage when the file is too large, unreadable or not an accepted image
     */
    public StoredImage storeFile(Path file, String uploadedBy) {
        try {
            long size = Files.size(file);
            if (size > MAX_UPLOAD_BYTES) {
                throw new InvalidImage(file.getFileName() + " is " + size / 1024 / 1024 + " MB; the limit is "
                        + MAX_UPLOAD_BYTES / 1024 / 1024 + " MB");
            }
            return store(Files.readAllBytes(file), file.getFileName().toString(), uploadedBy);
        } catch (IOException e) {
            throw new InvalidImage("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The most recent uploads first. */
    public List<StoredImage> recent(int limit) {
        return images.listRecent(limit);
    }

    /**
     * The image a reference names: its file name ({@code <sha-256>.jpg}), its address
     * ({@code /media/<sha-256>.jpg}) or its bare hash.
     */
    public Optional<StoredImage> find(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String name = reference.strip();
        if (name.startsWith("/media/")) {
            name = name.substring("/media/".length());
        }
        if (HASH.matcher(name).matches()) {
            String hash = name;
            return images.find(hash + ".jpg").or(() -> images.find(hash + ".png"));
        }
        return IMAGE_NAME.matcher(name).matches() ? images.find(name) : Optional.empty();
    }

    /** The widths of the smaller copies made of an image, narrowest first. */
    public List<Integer> variantWidths(String fileName) {
        return images.listVariantWidths(fileName);
    }

    /**
     * The file to serve for a {@code /media/} address: this node's copy, made from the database on
     * first use. Empty for any name that is not one of ours.
     */
    public Optional<Path> file(String fileName) {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        return copies.find(fileName).or(() -> images.findContent(fileName).map(bytes -> copies.keep(fileName, bytes)));
    }

    /**
     * Moves into the database the images recorded while they were kept only in the data folder
     * (and makes their smaller copies), so that every node can serve them; the files stay as this
     * node's copies. Safe to run on every start and on several nodes at once.
     *
     * @return how many images were copied in
     */
    public int copyFolderIntoDatabase() {
        int copied = 0;
        for (StoredImage image : images.listWithoutContent()) {
            Optional<Path> file = copies.find(image.fileName());
            if (file.isEmpty()) {
                log.warn(
                        "image {} is recorded but neither in the database nor in {}; its address answers 404",
                        image.fileName(),
                        copies.folder());
                continue;
            }
            byte[] bytes = read(file.get());
            List<ImageVariants.Variant> variants;
            try {
                variants = ImageVariants.of(ImageCleaner.clean(bytes));
            } catch (InvalidImage e) {
                log.warn("image {} is stored without smaller copies: {}", image.fileName(), e.getMessage());
                variants = List.of();
            }
            List<ImageVariants.Variant> made = variants;
            db.useTransaction(h -> {
                images.insertContentIfAbsent(h, image.fileName(), bytes);
                for (var variant : made) {
                    String variantFile = ImageVariants.fileName(image.fileName(), variant.width());
                    images.insertContentIfAbsent(h, variantFile, variant.bytes());
                    images.insertVariantIfAbsent(h, image.fileName(), variant, variantFile);
                }
            });
            copied++;
        }
        return copied;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
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
