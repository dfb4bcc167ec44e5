package org.tribune.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/** The media library in SQL: each image's record, its bytes, and its smaller copies. */
final class MediaRepository {
    private final Database db;

    MediaRepository(Database db) {
        this.db = db;
    }

    /** Records the image unless one with the same file name (the same cleaned bytes) is recorded already. */
    void insertIfAbsent(Handle h, StoredImage image) {
        h.createUpdate("""
                insert into media (file_name, content_type, width, height, bytes, original_name, uploaded_by, uploaded_at)
                values (:file, :type, :width, :height, :bytes, :original, :by, :at)
                on conflict (file_name) do nothing""")
                .bind("file", image.fileName())
                .bind("type", image.contentType())
                .bind("width", image.width())
                .bind("height", image.height())
                .bind("bytes", image.bytes())
                .bind("original", image.originalName())
                .bind("by", image.uploadedBy())
                .bind("at", image.uploadedAt().toEpochMilli())
                .execute();
    }

    /** Stores the bytes of an image or variant; bytes already stored under the name are kept (they are the same). */
    void insertContentIfAbsent(Handle h, String fileName, byte[] content) {
        h.createUpdate("insert into media_content (file_name, content) values (:file, :content)"
                        + " on conflict (file_name) do nothing")
                .bind("file", fileName)
                .bind("content", content)
                .execute();
    }

    void insertVariantIfAbsent(Handle h, String mediaFile, ImageVariants.Variant variant, String fileName) {
        h.createUpdate("""
                insert into media_variant (media_file, width, height, file_name, bytes)
                values (:media, :width, :height, :file, :bytes)
                on conflict (media_file, width) do nothing""")
                .bind("media", mediaFile)
                .bind("width", variant.width())
                .bind("height", variant.height())
                .bind("file", fileName)
                .bind("bytes", variant.bytes().length)
                .execute();
    }

    /** The stored bytes of an image or variant by its file name. */
    Optional<byte[]> findContent(String fileName) {
        return db.withHandle(h -> h.createQuery("select content from media_content where file_name = :file")
                .bind("file", fileName)
                .map((rs, ctx) -> rs.getBytes(1))
                .findOne());
    }

    boolean hasContent(String fileName) {
        return db.withHandle(h -> h.createQuery("select count(*) from media_content where file_name = :file")
                        .bind("file", fileName)
                        .mapTo(Integer.class)
                        .one()
                > 0);
    }

    /** Images recorded whose bytes are not in the database yet: uploads kept only in a data folder. */
    List<StoredImage> listWithoutContent() {
        return db.withHandle(h -> h.createQuery("""
                        select * from media m
                        where not exists (select 1 from media_content c where c.file_name = m.file_name)
                        order by m.file_name""").map((rs, ctx) -> image(rs)).list());
    }

    Optional<StoredImage> find(String fileName) {
        return db.withHandle(h -> h.createQuery("select * from media where file_name = :file")
                .bind("file", fileName)
                .map((rs, ctx) -> image(rs))
                .findOne());
    }

    /** The widths of an image's smaller copies, narrowest first. */
    List<Integer> listVariantWidths(String mediaFile) {
        return db.withHandle(
                h -> h.createQuery("select width from media_variant where media_file = :media order by width")
                        .bind("media", mediaFile)
                        .mapTo(Integer.class)
                        .list());
    }

    /** The most recent uploads first. */
    List<StoredImage> listRecent(int limit) {
        return db.withHandle(h -> h.createQuery("select * from media order by uploaded_at desc, file_name limit :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> image(rs))
                .list());
    }

    private static StoredImage image(ResultSet rs) throws SQLException {
        return new StoredImage(
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getLong("bytes"),
                rs.getString("original_name"),
                rs.getString("uploaded_by"),
                Instant.ofEpochMilli(rs.getLong("uploaded_at")));
    }
}
