package org.tribune.media;

import java.time.Instant;
import java.util.List;
import org.tribune.db.Database;

/** The media library's records in SQL; the files themselves are on disk. */
final class MediaRepository {
    private final Database db;

    MediaRepository(Database db) {
        this.db = db;
    }

    /** Records the image unless one with the same file name (the same cleaned bytes) is recorded already. */
    void insertIfAbsent(StoredImage image) {
        db.useHandle(h -> h.createUpdate("""
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
                .execute());
    }

    /** The most recent uploads first. */
    List<StoredImage> listRecent(int limit) {
        return db.withHandle(h -> h.createQuery("select * from media order by uploaded_at desc, file_name limit :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new StoredImage(
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getInt("width"),
                        rs.getInt("height"),
                        rs.getLong("bytes"),
                        rs.getString("original_name"),
                        rs.getString("uploaded_by"),
                        Instant.ofEpochMilli(rs.getLong("uploaded_at"))))
                .list());
    }
}
