package org.tribune.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.tribune.content.Lang;
import org.tribune.content.Slugs;

/**
 * The categories and tags an export lists in its channel, and Polylang's term translations: each
 * {@code term_translations} term holds one group as a serialized array {language slug → term id},
 * which is also the only place a WXR file says which language a term is in (Polylang links terms
 * to languages through term relationships, which WordPress does not export).
 *
 * <p>Terms translated into each other are one Tribune topic, keyed by the English term's slug
 * (else the group's first term's), with each language's name taken from its own term. A term in
 * no group is a topic of its own, keyed and named by its slug and name in every language.
 */
final class WxrTerms {
    /** A category or tag; {@code parentSlug} empty at the top. */
    record Term(String taxonomy, String id, String slug, String name, String parentSlug) {}

    private final Map<String, Term> byId = new HashMap<>();
    private final Map<String, Term> bySlug = new HashMap<>();
    /** Term id → its translation group's members, language slug → term id. */
    private final Map<String, Map<String, String>> groupOf = new HashMap<>();
    /** Term id → the Polylang language slug its group gives it. */
    private final Map<String, String> languageOf = new HashMap<>();

    private final BiConsumer<Long, String> problems;

    WxrTerms(BiConsumer<Long, String> problems) {
        this.problems = problems;
    }

    void add(WxrReader.WxrTerm term) {
        switch (term.taxonomy()) {
            case "category", "post_tag" -> {
                var t = new Term(term.taxonomy(), term.id(), term.slug(), term.name(), term.parentSlug());
                if (!term.id().isEmpty()) {
                    byId.put(term.id(), t);
                }
                bySlug.put(slugKey(term.taxonomy(), term.slug()), t);
            }
            case "term_translations" -> translations(term);
            default -> {
                // languages, post translation groups and other taxonomies are read elsewhere or not at all
            }
        }
    }

    private void translations(WxrReader.WxrTerm term) {
        try {
            if (PhpSerialized.parse(term.description()) instanceof Map<?, ?> map) {
                Map<String, String> group = new HashMap<>();
                map.forEach((lang, id) -> group.put(String.valueOf(lang), String.valueOf(id)));
                group.forEach((lang, id) -> {
                    groupOf.put(id, group);
                    languageOf.put(id, lang);
                });
            }
        } catch (PhpSerialized.NotSerialized e) {
            problems.accept(0L, "term translation group " + term.slug() + ": " + e.getMessage());
        }
    }

    Optional<Term> find(String taxonomy, String slug) {
        return Optional.ofNullable(bySlug.get(slugKey(taxonomy, slug)));
    }

    Optional<Term> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The Polylang language slug of a term, when a translation group names it. */
    Optional<String> languageCode(Term term) {
        return Optional.ofNullable(languageOf.get(term.id()));
    }

    /** The Tribune topic key of a post's category or tag: one key for the terms translated into each other. */
    String topicKey(WxrItem.Category category, WordPressLanguages languages) {
        String slug = find(category.domain(), category.nicename())
                .map(t -> canonical(t, languages).slug())
                .orElse(category.nicename());
        String key = Slugs.from(slug);
        return key.isEmpty() ? "topic-" + Integer.toHexString(slug.hashCode() & 0x7fffffff) : key;
    }

    /**
     * The topic's name in {@code lang}: the name of the group's term in that language when there is
     * one, else the name the post gave the term (WordPress shows one name in every language).
     */
    String nameIn(WxrItem.Category category, Lang lang, WordPressLanguages languages) {
        String given = category.name().isBlank() ? category.nicename() : category.name();
        return find(category.domain(), category.nicename())
                .map(t -> groupOf.get(t.id()))
                .flatMap(group -> group.entrySet().stream()
                        .filter(e -> languages.find(e.getKey()).orElse(null) == lang)
                        .map(e -> byId.get(e.getValue()))
                        .filter(t -> t != null && !t.name().isBlank())
                        .map(Term::name)
                        .findFirst())
                .orElse(given);
    }

    /** The group's English term, else its term with the lowest id; the term itself outside any group. */
    private Term canonical(Term term, WordPressLanguages languages) {
        Map<String, String> group = groupOf.get(term.id());
        if (group == null) {
            return term;
        }
        Term best = null;
        for (var member : group.entrySet()) {
            Term t = byId.get(member.getValue());
            if (t == null) {
                continue;
            }
            boolean english = languages.find(member.getKey()).orElse(null) == Lang.EN;
            if (english) {
                return t;
            }
            if (best == null || number(t.id()) < number(best.id())) {
                best = t;
            }
        }
        return best == null ? term : best;
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String slugKey(String taxonomy, String slug) {
        return taxonomy + '\u0000' + slug;
    }
}
