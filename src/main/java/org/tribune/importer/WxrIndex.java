package org.tribune.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.tribune.content.Lang;
import org.tribune.content.Slugs;

/**
 * The first pass over an export: which posts form a translation group, the one Tribune slug each
 * group gets, and what belongs to the group as a whole (its topics, its byline), decided before
 * any post is stored so that every edition of a group lands in the same article with the same
 * topics and authors whatever the order of the items. Holds a few strings per post, never bodies.
 */
final class WxrIndex implements WxrReader.Listener {
    private record Post(
            String id,
            String slug,
            String languageCode,
            String group,
            String sourceLanguageCode,
            String creator,
            List<WxrItem.Category> topics) {}

    /**
     * What every edition of one translation group shares.
     *
     * @param articleId the Tribune article
     * @param creator the login of the source edition's author (its translations' authors are
     *     usually their translators), or empty
     * @param topics the categories and tags of all its editions, the source edition's first
     */
    record Group(String articleId, String creator, List<WxrItem.Category> topics) {}

    /**
     * An attachment a post may name as its featured image ({@code _thumbnail_id}); attachments
     * often follow the posts that show them, so they are known before the second pass.
     *
     * @param file its path in the uploads folder ({@code _wp_attached_file}), or empty
     * @param url its address on the old site ({@code attachment_url})
     * @param alt what it shows ({@code _wp_attachment_image_alt}), or empty
     * @param caption its caption ({@code excerpt:encoded}), or empty
     * @param line where the attachment's item starts, for reports
     */
    record Attachment(String file, String url, String alt, String caption, long line) {}

    /** Post id → the Polylang group ({@code post_translations} term slug) whose description lists it. */
    private final Map<String, String> polylangGroupOfPost = new HashMap<>();

    private final List<Post> posts = new ArrayList<>();
    private final Map<String, Attachment> attachments = new HashMap<>();
    private final BiConsumer<Long, String> problems;
    private final WxrTerms terms;
    private String channelLanguage;

    WxrIndex(BiConsumer<Long, String> problems) {
        this.problems = problems;
        this.terms = new WxrTerms(problems);
    }

    @Override
    public void channelLanguage(String language) {
        channelLanguage = language;
    }

    @Override
    public void term(WxrReader.WxrTerm term) {
        terms.add(term);
        if (!"post_translations".equals(term.taxonomy())) {
            return;
        }
        try {
            if (PhpSerialized.parse(term.description()) instanceof Map<?, ?> map) {
                map.values().forEach(id -> polylangGroupOfPost.putIfAbsent(String.valueOf(id), term.slug()));
            }
        } catch (PhpSerialized.NotSerialized e) {
            problems.accept(0L, "translation group " + term.slug() + ": " + e.getMessage());
        }
    }

    @Override
    public void item(WxrItem item) {
        if ("attachment".equals(item.type())) {
            attachments.put(
                    item.postId(),
                    new Attachment(
                            item.meta().getOrDefault("_wp_attached_file", "").strip(),
                            item.field("attachment_url"),
                            item.meta()
                                    .getOrDefault("_wp_attachment_image_alt", "")
                                    .strip(),
                            item.field("excerpt"),
                            item.line()));
            return;
        }
        if (!"post".equals(item.type())) {
            return;
        }
        String code = item.term("language")
                .map(WxrItem.Category::nicename)
                .orElse(item.meta().get("_wpml_import_language_code"));
        String group = item.term("post_translations")
                .map(c -> "pll:" + c.nicename())
                .orElseGet(() -> {
                    String wpml = item.meta().get("_wpml_import_translation_group");
                    return wpml == null || wpml.isBlank() ? null : "wpml:" + wpml.strip();
                });
        List<WxrItem.Category> topics = new ArrayList<>(item.terms("category"));
        topics.addAll(item.terms("post_tag"));
        posts.add(new Post(
                item.postId(),
                item.slug(),
                code,
                group,
                item.meta()
                        .getOrDefault("_wpml_import_source_language_code", "")
                        .strip(),
                item.field("creator"),
                List.copyOf(topics)));
    }

    String channelLanguage() {
        return channelLanguage;
    }

    WxrTerms terms() {
        return terms;
    }

    /** Attachment post id → the attachment. */
    Map<String, Attachment> attachments() {
        return attachments;
    }

    /** Post id → its translation group (a group of its own for a post outside any). */
    Map<String, Group> groups(WordPressLanguages languages) {
        Map<String, List<Post>> groups = new HashMap<>();
        for (Post p : posts) {
            groups.computeIfAbsent(groupOf(p), g -> new ArrayList<>()).add(p);
        }
        Map<String, Group> byPost = new HashMap<>();
        Set<String> taken = new HashSet<>();
        groups.values().stream().sorted(Comparator.comparing(g -> firstId(g))).forEach(members -> {
            List<Post> ordered = sourceFirst(members, languages);
            String id = chooseId(ordered, taken);
            taken.add(id);
            var group = new Group(id, creator(ordered), topics(ordered));
            members.forEach(m -> byPost.put(m.id(), group));
        });
        return byPost;
    }

    private static String creator(List<Post> sourceFirst) {
        return sourceFirst.stream()
                .map(Post::creator)
                .filter(c -> !c.isBlank())
                .findFirst()
                .orElse("");
    }

    private static List<WxrItem.Category> topics(List<Post> sourceFirst) {
        List<WxrItem.Category> all = new ArrayList<>();
        sourceFirst.forEach(p -> all.addAll(p.topics()));
        return all;
    }

    private String groupOf(Post p) {
        if (p.group() != null && p.group().startsWith("pll:")) {
            // The group term's description is the source of truth; the item's term names it.
            String listedIn = polylangGroupOfPost.get(p.id());
            if (listedIn != null) {
                return "pll:" + listedIn;
            }
        }
        return p.group() != null ? p.group() : "post:" + p.id();
    }

    private static long firstId(List<Post> members) {
        return members.stream().mapToLong(WxrIndex::number).min().orElse(0);
    }

    private static long number(Post p) {
        try {
            return Long.parseLong(p.id());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * The group's source edition first: the one in the language WPML names as the source, else
     * the English one, else the earliest post (Polylang does not record which came first; a
     * translation is made after its original).
     */
    private static List<Post> sourceFirst(List<Post> members, WordPressLanguages languages) {
        Lang source = members.stream()
                .map(Post::sourceLanguageCode)
                .filter(c -> !c.isEmpty())
                .findFirst()
                .flatMap(languages::find)
                .orElse(Lang.EN);
        List<Post> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing(
                        (Post p) -> languages.find(p.languageCode()).orElse(null) != source)
                .thenComparingLong(WxrIndex::number));
        return ordered;
    }

    /** The source edition's slug, else the first usable one in that order, else {@code post-ID}. */
    private static String chooseId(List<Post> ordered, Set<String> taken) {
        String id = ordered.stream()
                .map(p -> Slugs.from(p.slug()))
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse("post-" + firstId(ordered));
        return taken.contains(id) ? id + "-" + firstId(ordered) : id;
    }
}
