package org.tribune.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule, used by the desk, the editor, the API and the import, for which blocks of a
 * translation are untranslated: a body block whose text is the text of a block of its source
 * (the source as it is now, or as it was when the translation was made from it) is untranslated,
 * unless it was marked "keep as is". A block without a letter in any script (a rule, a table of
 * figures written as digits) reads the same in every language and never counts.
 *
 * <p>Between Simplified and Traditional Chinese the rule does not apply: a block the same in both
 * scripts is written in the target's language already.
 *
 * <pre>{@code
 * List<Integer> numbers = UntranslatedBlocks.find(translation.bodyMarkdown(), List.of(source.bodyMarkdown()), kept);
 * }</pre>
 */
public final class UntranslatedBlocks {
    private static final Pattern LINK_TARGET = Pattern.compile("]\\([^)\\s]*(\\s+\"[^\"]*\")?\\)");
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?://|mailto:)\\S+");

    /** The title, when it reads as the source's title. */
    public static final String TITLE = "title";

    /** The summary, when it reads as the source's summary. */
    public static final String SUMMARY = "summary";

    private UntranslatedBlocks() {}

    /**
     * The same rule for the title and the summary: one that is the text of the source's (now or
     * when the translation was made from it) is untranslated unless marked "keep as is" (a proper
     * name as a title); an empty one or one without a letter never is.
     *
     * @param sources the source's titles and summaries, each as {@code {title, summary}}
     * @param keptKeys {@link #fieldKey keys} of the fields marked "keep as is"
     * @return {@link #TITLE} and/or {@link #SUMMARY}, in that order
     */
    public static List<String> findFields(
            String title, String summary, Collection<String[]> sources, Set<String> keptKeys) {
        List<String> fields = new ArrayList<>();
        if (readsAsSource(TITLE, title, 0, sources, keptKeys)) {
            fields.add(TITLE);
        }
        if (readsAsSource(SUMMARY, summary, 1, sources, keptKeys)) {
            fields.add(SUMMARY);
        }
        return fields;
    }

    private static boolean readsAsSource(
            String field, String text, int index, Collection<String[]> sources, Set<String> keptKeys) {
        if (text == null || text.isBlank() || !hasLetters(text) || keptKeys.contains(fieldKey(field, text))) {
            return false;
        }
        return sources.stream().anyMatch(s -> text.strip().equals(s[index] == null ? null : s[index].strip()));
    }

    /** The key of a "keep as is" mark on a title or summary: follows its text, lapses when it is rewritten. */
    public static String fieldKey(String field, String text) {
        return field + ":" + key(text);
    }

    /** "the title, the summary and blocks 2 and 5", for messages. */
    public static String describe(List<String> fields, List<Integer> blocks) {
        List<String> parts = new ArrayList<>();
        fields.forEach(f -> parts.add("the " + f));
        if (!blocks.isEmpty()) {
            parts.add((blocks.size() == 1 ? "block " : "blocks ") + describe(blocks));
        }
        if (parts.size() < 2) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    /** Whether a translation from {@code source} into {@code target} is checked block by block. */
    public static boolean applies(Lang source, Lang target) {
        return source != target && !(source.isChinese() && target.isChinese());
    }

    /**
     * @param translation the translation's Markdown body
     * @param sources the source bodies the translation's blocks may have been copied from
     * @param keptKeys {@link #key keys} of blocks marked "keep as is"
     * @return the untranslated blocks' numbers, from 1, in order
     */
    public static List<Integer> find(String translation, Collection<String> sources, Set<String> keptKeys) {
        Set<String> sourceBlocks = new HashSet<>();
        for (String source : sources) {
            if (source != null) {
                sourceBlocks.addAll(MarkdownBlocks.split(source));
            }
        }
        List<Integer> numbers = new ArrayList<>();
        List<String> blocks = MarkdownBlocks.split(translation);
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (sourceBlocks.contains(block) && hasLetters(block) && !keptKeys.contains(key(block))) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    /** A short, stable name for a block's text. */
    public static String key(String block) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(block.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** "2, 5 and 7", for messages. */
    public static String describe(List<Integer> numbers) {
        List<String> names = numbers.stream().map(String::valueOf).toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** The stored form: numbers comma separated, empty for none. */
    static String format(List<Integer> numbers) {
        return String.join(",", numbers.stream().map(String::valueOf).toList());
    }

    /** The stored form of untranslated fields: names comma separated, empty for none. */
    static List<String> parseFields(String stored) {
        List<String> fields = new ArrayList<>();
        if (stored != null) {
            for (String part : stored.split(",")) {
                if (!part.isBlank()) {
                    fields.add(part.strip());
                }
            }
        }
        return fields;
    }

    static List<Integer> parse(String stored) {
        List<Integer> numbers = new ArrayList<>();
        if (stored != null) {
            for (String part : stored.split(",")) {
                if (!part.isBlank()) {
                    numbers.add(Integer.parseInt(part.strip()));
                }
            }
        }
        return numbers;
    }

    /** Letters a reader sees: not those of link targets and addresses, which read the same in any language. */
    private static boolean hasLetters(String block) {
        String seen =
                ADDRESS.matcher(LINK_TARGET.matcher(block).replaceAll("]")).replaceAll("");
        return seen.codePoints().anyMatch(Character::isLetter);
    }
}
