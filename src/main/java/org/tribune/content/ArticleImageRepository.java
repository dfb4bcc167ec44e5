package org.tribune.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/**
 * Articles' images in SQL, read with the media library's records and smaller copies (the media
 * tables are the media package's; this reads them so pages need not ask two services).
 */
public final class ArticleImageRepository {
    private final Database db;

    ArticleImageRepository(Database db) {
        this.db = db;
    }

    /** The images of these articles, by article id; articles without one are absent. */
    public Map<String, ArticleImage> find(Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return db.withHandle(h -> {
            record Row(
                    String mediaFile,
                    int width,
                    int height,
                    long bytes,
                    String credit,
                    Map<Lang, ArticleImage.Text> texts) {}
            Map<String, Row> rows = new LinkedHashMap<>();
            h.createQuery("""
                            select i.article_id, i.media_file, i.credit, m.width, m.height, m.bytes, t.lang, t.alt, t.caption
                            from article_image i
                            join media m on m.file_name = i.media_file
                            left join article_image_text t on t.article_id = i.article_id
                            where i.article_id in (<ids>)""")
                    .bindList("ids", List.copyOf(articleIds))
                    .map((rs, ctx) -> {
                        String mediaFile = rs.getString("media_file");
                        int width = rs.getInt("width");
                        int height = rs.getInt("height");
                        long bytes = rs.getLong("bytes");
                        String credit = rs.getString("credit");
                        Row row = rows.computeIfAbsent(
                                rs.getString("article_id"),
                                id -> new Row(mediaFile, width, height, bytes, credit, new EnumMap<>(Lang.class)));
                        String tag = rs.getString("lang");
                        if (tag != null) {
                            var text = new ArticleImage.Text(rs.getString("alt"), rs.getString("caption"));
                            Lang.fromTag(tag).ifPresent(l -> row.texts().put(l, text));
                        }
                        return 0;
                    })
                    .list();
            Map<String, List<ArticleImage.Variant>> variants = variantsOf(
                    h, rows.values().stream().map(Row::mediaFile).collect(LinkedHashSet::new, Set::add, Set::addAll));
            Map<String, ArticleImage> images = new HashMap<>();
            rows.forEach((id, row) -> images.put(
                    id,
                    new ArticleImage(
                            row.mediaFile(),
                            row.width(),
                            row.height(),
                            row.bytes(),
                            variants.getOrDefault(row.mediaFile(), List.of()),
                            row.texts(),
                            row.credit())));
            return images;
        });
    }

    private static Map<String, List<ArticleImage.Variant>> variantsOf(Handle h, Set<String> mediaFiles) {
        Map<String, List<ArticleImage.Variant>> variants = new HashMap<>();
        if (mediaFiles.isEmpty()) {
            return variants;
        }
        h.createQuery("select media_file, file_name, width, height, bytes from media_variant"
                        + " where media_file in (<files>) order by media_file, width")
                .bindList("files", List.copyOf(mediaFiles))
                .map((rs, ctx) -> variants.computeIfAbsent(rs.getString("media_file"), f -> new ArrayList<>())
                        .add(new ArticleImage.Variant(
                                rs.getString("file_name"),
                                rs.getInt("width"),
                                rs.getInt("height"),
                                rs.getLong("bytes"))))
                .list();
        return variants;
    }

    /**
     * The media library's file name for a reference to one of its images: the file name itself,
     * its {@code /media/} address or the bare hash of its content.
     */
    Optional<String> findMediaFile(Handle h, String reference) {
        String name = reference.strip();
        if (name.startsWith("/media/")) {
            name = name.substring("/media/".length());
        }
        return h.createQuery("select file_name from media where file_name in (:name, :jpg, :png) order by file_name")
                .bind("name", name)
                .bind("jpg", name + ".jpg")
                .bind("png", name + ".png")
                .mapTo(String.class)
                .findFirst();
    }

    boolean articleExists(Handle h, String articleId) {
        return h.createQuery("select count(*) from article where id = :id")
                        .bind("id", articleId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** An article's image as stored: its media file and credit. */
    record Stored(String mediaFile, String credit) {}

    Optional<Stored> findStored(Handle h, String articleId) {
        return h.createQuery("select media_file, credit from article_image where article_id = :id")
                .bind("id", articleId)
                .map((rs, ctx) -> new Stored(rs.getString("media_file"), rs.getString("credit")))
                .findOne();
    }

    void upsert(Handle h, String articleId, String mediaFile, String credit) {
        h.createUpdate("""
                        insert into article_image (article_id, media_file, credit) values (:id, :media, :credit)
                        on conflict (article_id) do update set media_file = excluded.media_file, credit = excluded.credit""")
                .bind("id", articleId)
                .bind("media", mediaFile)
                .bind("credit", credit)
                .execute();
    }

    void deleteTexts(Handle h, String articleId) {
        h.createUpdate("delete from article_image_text where article_id = :id")
                .bind("id", articleId)
                .execute();
    }

    void upsertText(Handle h, String articleId, Lang lang, ArticleImage.Text text) {
        h.createUpdate("""
                        insert into article_image_text (article_id, lang, alt, caption) values (:id, :lang, :alt, :caption)
                        on conflict (article_id, lang) do update set alt = excluded.alt, caption = excluded.caption""")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .bind("alt", text.alt())
                .bind("caption", text.caption())
                .execute();
    }

    /** Removes the article's image; true when it had one. */
    boolean delete(Handle h, String articleId) {
        return h.createUpdate("delete from article_image where article_id = :id")
                        .bind("id", articleId)
                        .execute()
                > 0;
    }
}
