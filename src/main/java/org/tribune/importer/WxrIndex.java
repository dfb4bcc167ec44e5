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
 * The first pass over an export: which posts form a translation group and the one Tribune slug
 * each group gets, decided before any post is stored so that every edition of a group lands in
 * the same article whatever the order of the items. Holds a few strings per post, never bodies.
 */
final class WxrIndex implements WxrReader.Listener {
    private record Post(String id, String slug, String languageCode, String group) {}

    private final Map<String, Map<String, String>> polylangGroups = new HashMap<>();
    private final List<Post> posts = new ArrayList<>();
    private final BiConsumer<Long, String> problems;
    private String channelLanguage;

    WxrIndex(BiConsumer<Long, String> problems) {
        this.problems = problems;
    }

    @Override
    public void channelLanguage(String language) {
        channelLanguage = language;
    }

    @Override
    public void term(WxrReader.WxrTerm term) {
        if (!"post_translations".equals(term.taxonomy())) {
            return;
        }
        try {
            if (PhpSerialized.parse(term.description()) instanceof Map<?, ?> map) {
                Map<String, String> group = new HashMap<>();
                map.forEach((lang, id) -> group.put(String.valueOf(id), String.valueOf(lang)));
                polylangGroups.put(term.slug(), group);
            }
        } catch (PhpSerialized.NotSerialized e) {
            problems.accept(0L, "translation group " + term.slug() + ": " + e.getMessage());
        }
    }

    @Override
    public void item(WxrItem item) {
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
        posts.add(new Post(item.postId(), item.slug(), code, group));
    }

    String channelLanguage() {
        return channelLanguage;
    }

    /** Post id → Tribune article id, one per translation group (or per post outside any group). */
    Map<String, String> articleIds(WordPressLanguages languages) {
        Map<String, List<Post>> groups = new HashMap<>();
        for (Post p : posts) {
            groups.computeIfAbsent(groupOf(p), g -> new ArrayList<>()).add(p);
        }
        Map<String, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        groups.values().stream().sorted(Comparator.comparing(g -> firstId(g))).forEach(members -> {
            String id = chooseId(members, languages, taken);
            taken.add(id);
            members.forEach(m -> ids.put(m.id(), id));
        });
        return ids;
    }

    private String groupOf(Post p) {
        if (p.group() != null && p.group().startsWith("pll:")) {
            // The group term's description is the source of truth; the item's term names it.
            for (var g : polylangGroups.entrySet()) {
                if (g.getValue().containsKey(p.id())) {
                    return "pll:" + g.getKey();
                }
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

    /** The English edition's slug, else the first member's usable one, else {@code post-ID}. */
    private static String chooseId(List<Post> members, WordPressLanguages languages, Set<String> taken) {
        List<Post> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing(
                        (Post p) -> languages.find(p.languageCode()).orElse(null) != Lang.EN)
                .thenComparingLong(WxrIndex::number));
        String id = ordered.stream()
                .map(p -> Slugs.from(p.slug()))
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse("post-" + firstId(members));
        return taken.contains(id) ? id + "-" + firstId(members) : id;
    }
}
