package org.tribune.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * What is left to translate, in SQL: the blocks marked "keep as is" per edition, and each
 * edition's untranslated blocks as of its last save.
 */
public final class TranslationGapRepository {
    public Set<String> keptKeys(Handle h, String articleId, Lang lang) {
        return new HashSet<>(h.createQuery("select block_key from kept_block where article_id = :id and lang = :lang")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .mapTo(String.class)
                .list());
    }

    public void replaceKeptKeys(Handle h, String articleId, Lang lang, Set<String> keys) {
        h.createUpdate("delete from kept_block where article_id = :id and lang = :lang")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .execute();
        var batch = h.prepareBatch("insert into kept_block (article_id, lang, block_key) values (:id, :lang, :key)");
        for (String key : keys) {
            batch.bind("id", articleId)
                    .bind("lang", lang.tag())
                    .bind("key", key)
                    .add();
        }
        if (!keys.isEmpty()) {
            batch.execute();
        }
    }

    /** The edition's untranslated block numbers as of its last save; empty when none or no such edition. */
    public List<Integer> untranslated(Handle h, String articleId, Lang lang) {
        return h.createQuery("select untranslated_blocks from edition where article_id = :id and lang = :lang")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .mapTo(String.class)
                .findOne()
                .map(UntranslatedBlocks::parse)
                .orElse(List.of());
    }

    /** The untranslated block numbers of every edition of the articles {@code ids} that has any. */
    public Map<String, Map<Lang, List<Integer>>> untranslated(Handle h, List<String> ids) {
        Map<String, Map<Lang, List<Integer>>> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        h.createQuery("select article_id, lang, untranslated_blocks from edition"
                        + " where article_id in (<ids>) and untranslated_blocks <> ''")
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    found.computeIfAbsent(rs.getString("article_id"), k -> new HashMap<>())
                            .put(
                                    Lang.fromTag(rs.getString("lang")).orElseThrow(),
                                    UntranslatedBlocks.parse(rs.getString("untranslated_blocks")));
                    return 0;
                })
                .list();
        return found;
    }

    /** The edition's title and summary that read as the source's as of its last save ("title", "summary"). */
    public List<String> untranslatedFields(Handle h, String articleId, Lang lang) {
        return h.createQuery("select untranslated_fields from edition where article_id = :id and lang = :lang")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .mapTo(String.class)
                .findOne()
                .map(UntranslatedBlocks::parseFields)
                .orElse(List.of());
    }

    void recordUntranslated(Handle h, String articleId, Lang lang, List<Integer> numbers, List<String> fields) {
        h.createUpdate("update edition set untranslated_blocks = :blocks, untranslated_fields = :fields"
                        + " where article_id = :id and lang = :lang")
                .bind("blocks", UntranslatedBlocks.format(numbers))
                .bind("fields", String.join(",", fields))
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .execute();
    }

    /** Up to {@code limit} editions waiting to have their untranslated blocks counted again. */
    public List<EditionKey> waitingForRecount(Handle h, int limit) {
        return h.createQuery("select article_id, lang from untranslated_recount order by article_id, lang limit :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new EditionKey(
                        rs.getString("article_id"),
                        Lang.fromTag(rs.getString("lang")).orElseThrow()))
                .list();
    }

    public void recounted(Handle h, EditionKey edition) {
        h.createUpdate("delete from untranslated_recount where article_id = :id and lang = :lang")
                .bind("id", edition.articleId())
                .bind("lang", edition.lang().tag())
                .execute();
    }

    /** One edition, named by its article and language. */
    public record EditionKey(String articleId, Lang lang) {}
}
