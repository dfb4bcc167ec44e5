package org.tribune.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code <item>} of a WordPress export: a post, page, attachment or other post type, with its
 * taxonomy terms, post meta and the number of comments it carried.
 *
 * @param line where the item starts in the file, for reports
 * @param fields the item's simple fields by local name ({@code title}, {@code link},
 *     {@code creator}, {@code post_id}, {@code post_date_gmt}, {@code status}, {@code post_type},
 *     {@code post_name} …), plus {@code content} and {@code excerpt}
 */
record WxrItem(
        long line, Map<String, String> fields, List<Category> categories, Map<String, String> meta, int comments) {

    /** A {@code <category domain="…" nicename="…">name</category>}; {@code nicename} percent-decoded. */
    record Category(String domain, String nicename, String name) {}

    String field(String name) {
        return fields.getOrDefault(name, "").strip();
    }

    String postId() {
        return field("post_id");
    }

    String type() {
        return field("post_type");
    }

    String status() {
        return field("status");
    }

    /** The slug, percent-decoded: Chinese slugs are stored as {@code %e5%8d%8e…}. */
    String slug() {
        return WxrReader.decoded(field("post_name"));
    }

    /** The first term of a taxonomy, such as the Polylang {@code language} or {@code post_translations}. */
    Optional<Category> term(String domain) {
        return categories.stream().filter(c -> c.domain().equals(domain)).findFirst();
    }

    List<Category> terms(String domain) {
        return categories.stream().filter(c -> c.domain().equals(domain)).toList();
    }

    static final class Builder {
        final long line;
        final Map<String, String> fields = new HashMap<>();
        final List<Category> categories = new ArrayList<>();
        final Map<String, String> meta = new HashMap<>();
        int comments;

        Builder(long line) {
            this.line = line;
        }

        WxrItem build() {
            return new WxrItem(line, fields, categories, meta, comments);
        }
    }
}
