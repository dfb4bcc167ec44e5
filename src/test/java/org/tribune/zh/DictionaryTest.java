package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The trie behind every OpenCC dictionary: longest-prefix lookups, OpenCC's text format, edge cases. */
class DictionaryTest {
    private static final String SURROGATE_KEY = "𣨼"; // U+23A3C: D84E DE3C
    private static final String SAME_HIGH_SURROGATE = "𣨽"; // U+23A3D: D84E DE3D

    private static Dictionary dictionary(String... keysAndValues) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Dictionary.of("test", entries);
    }

    private static Dictionary read(String text) {
        return Dictionary.read("test", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** "length:value" of the match at {@code from}, "0" when nothing matches. */
    private static String match(DictionaryMatcher matcher, String text, int from, int to) {
        var found = new DictionaryMatcher.Found();
        int length = matcher.match(text.toCharArray(), from, to, found);
        return length == 0 ? "0" : length + ":" + found.value;
    }

    private static String match(DictionaryMatcher matcher, String text) {
        return match(matcher, text, 0, text.length());
    }

    @Test
    void the_longest_key_that_prefixes_the_text_wins_among_keys_sharing_a_prefix() {
        var dictionary = dictionary("中", "A", "中国", "B", "中国人", "C", "中美", "D");

        assertThat(match(dictionary, "中国人民")).isEqualTo("3:C");
        assertThat(match(dictionary, "中国队")).isEqualTo("2:B");
        assertThat(match(dictionary, "中美关系")).isEqualTo("2:D");
        assertThat(match(dictionary, "中文")).isEqualTo("1:A");
        assertThat(match(dictionary, "文中国")).isEqualTo("0");
    }

    @Test
    void a_path_through_the_trie_without_a_key_at_its_end_matches_the_last_key_passed() {
        var dictionary = dictionary("中", "A", "中国人民", "B");

        assertThat(match(dictionary, "中国人")).isEqualTo("1:A");
        assertThat(match(dictionary("中国人民", "B"), "中国人")).isEqualTo("0");
    }

    @Test
    void a_match_starts_at_from_and_never_reads_past_to() {
        var dictionary = dictionary("头发", "頭髮", "头", "頭");

        assertThat(match(dictionary, "x头发", 1, 3)).isEqualTo("2:頭髮");
        assertThat(match(dictionary, "头发", 0, 1)).isEqualTo("1:頭");
        assertThat(match(dictionary("头发", "頭髮"), "头发", 0, 1)).isEqualTo("0");
    }

    @Test
    void the_first_of_several_values_is_the_default() {
        var dictionary = read("干\t幹 乾 干 榦\n发\t發 髮\n");

        assertThat(match(dictionary, "干")).isEqualTo("1:幹");
        assertThat(match(dictionary, "发")).isEqualTo("1:發");
    }

    @Test
    void comments_blank_lines_and_lines_without_a_key_are_skipped() {
        var dictionary = read("# Open Chinese Convert dictionary\n\n\t孤\n没有制表符\n发\t發\n");

        assertThat(dictionary.size()).isEqualTo(1);
        assertThat(match(dictionary, "发")).isEqualTo("1:發");
        assertThat(match(dictionary, "#")).isEqualTo("0");
    }

    @Test
    void a_later_duplicate_of_a_key_is_ignored() {
        var dictionary = read("发\t發\n发\t髮\n");

        assertThat(dictionary.size()).isEqualTo(1);
        assertThat(match(dictionary, "发")).isEqualTo("1:發");
    }

    @Test
    void windows_line_endings_and_trailing_spaces_do_not_end_up_in_values() {
        var dictionary = read("发\t發 髮\r\n头\t頭  \r\n");

        assertThat(match(dictionary, "发")).isEqualTo("1:發");
        assertThat(match(dictionary, "头")).isEqualTo("1:頭");
    }

    @Test
    void keys_with_surrogate_pairs_match_whole_and_count_two_chars() {
        var dictionary = dictionary(SURROGATE_KEY, "殢", SURROGATE_KEY + "云", "殢雲", SAME_HIGH_SURROGATE, "B");

        assertThat(match(dictionary, SURROGATE_KEY + "尤")).isEqualTo("2:殢");
        assertThat(match(dictionary, SURROGATE_KEY + "云尤雨")).isEqualTo("3:殢雲");
        assertThat(match(dictionary, SAME_HIGH_SURROGATE)).isEqualTo("2:B");
    }

    @Test
    void half_of_a_surrogate_pair_never_matches_a_key_that_needs_the_whole_pair() {
        var dictionary = dictionary(SURROGATE_KEY, "殢");
        String otherLowSurrogate = "\uD84E\uDE3E";

        assertThat(match(dictionary, SURROGATE_KEY, 0, 1)).isEqualTo("0");
        assertThat(match(dictionary, "\uD84E")).isEqualTo("0");
        assertThat(match(dictionary, otherLowSurrogate)).isEqualTo("0");
        assertThat(dictionary.cannotStartWith('\uD84E')).isFalse();
        assertThat(dictionary.cannotStartWith('\uDE3C')).isTrue();
    }

    @Test
    void an_empty_dictionary_matches_nothing_and_can_start_nothing() {
        var empty = Dictionary.of("empty", Map.of());

        assertThat(empty.size()).isZero();
        assertThat(match(empty, "头发")).isEqualTo("0");
        assertThat(match(empty, "\uD84E")).isEqualTo("0");
        for (char c : new char[] {'a', '头', '\n', '\uD84E', '\uFFFF', 0}) {
            assertThat(empty.cannotStartWith(c))
                    .as("cannot start with U+%04X", (int) c)
                    .isTrue();
        }
    }

    @Test
    void a_file_of_only_comments_reads_as_an_empty_dictionary() {
        var dictionary = read("# nothing here\n\n");

        assertThat(dictionary.size()).isZero();
        assertThat(match(dictionary, "#")).isEqualTo("0");
    }

    @Test
    void an_empty_key_is_dropped_rather_than_matching_everywhere() {
        var dictionary = dictionary("", "X", "头", "頭");

        assertThat(dictionary.size()).isEqualTo(1);
        assertThat(match(dictionary, "发")).isEqualTo("0");
    }

    @Test
    void the_bundled_characters_dictionary_reads_with_its_documented_defaults() throws Exception {
        Dictionary characters;
        try (InputStream in = getClass().getResourceAsStream("/org/tribune/zh/opencc/dictionary/STCharacters.txt")) {
            characters = Dictionary.read("STCharacters", in);
        }

        assertThat(characters.size()).isGreaterThan(3_000);
        assertThat(match(characters, "发")).isEqualTo("1:發");
        assertThat(match(characters, "干")).isEqualTo("1:幹");
        assertThat(match(characters, "后")).isEqualTo("1:後");
    }

    @Property(tries = 300)
    void every_lookup_agrees_with_a_naive_longest_prefix_search(
            @ForAll("keys") List<String> keys, @ForAll("texts") String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        keys.forEach(key -> entries.putIfAbsent(key, "<" + key + ">"));
        var dictionary = Dictionary.of("random", entries);

        for (int from = 0; from < text.length(); from++) {
            for (int to = from + 1; to <= text.length(); to++) {
                assertThat(match(dictionary, text, from, to))
                        .as("text %s [%d, %d)", text, from, to)
                        .isEqualTo(naiveMatch(entries, text, from, to));
            }
        }
    }

    private static String naiveMatch(Map<String, String> entries, String text, int from, int to) {
        String best = null;
        for (String key : entries.keySet()) {
            if (!key.isEmpty()
                    && from + key.length() <= to
                    && text.startsWith(key, from)
                    && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best == null ? "0" : best.length() + ":" + entries.get(best);
    }

    /** A small alphabet, so that keys share prefixes and texts hit them; 𣨼 and 𣨽 share a high surrogate. */
    private static Arbitrary<String> units() {
        return Arbitraries.of("a", "b", "中", "国", SURROGATE_KEY, SAME_HIGH_SURROGATE);
    }

    @Provide
    Arbitrary<List<String>> keys() {
        return units().list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(parts -> String.join("", parts))
                .list()
                .ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return units().list().ofMaxSize(7).map(parts -> String.join("", new ArrayList<>(parts)));
    }
}
