package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * OpenCC's two group policies: {@code short_circuit} takes the first member that matches at all,
 * {@code union} the longest match of any member, the earlier member winning a tie.
 */
class DictionaryGroupTest {
    private static Dictionary dictionary(String... keysAndValues) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Dictionary.of("test", entries);
    }

    private static DictionaryGroup shortCircuit(DictionaryMatcher... members) {
        return new DictionaryGroup(DictionaryGroup.Policy.SHORT_CIRCUIT, List.of(members));
    }

    private static DictionaryGroup union(DictionaryMatcher... members) {
        return new DictionaryGroup(DictionaryGroup.Policy.UNION, List.of(members));
    }

    private static String match(DictionaryMatcher matcher, String text) {
        var found = new DictionaryMatcher.Found();
        int length = matcher.match(text.toCharArray(), 0, text.length(), found);
        return length == 0 ? "0" : length + ":" + found.value;
    }

    private final Dictionary characters = dictionary("头", "頭", "发", "發");
    private final Dictionary phrases = dictionary("头发", "頭髮", "头发干", "頭髮乾");

    @Test
    void short_circuit_takes_the_first_member_that_matches_even_when_a_later_one_matches_longer() {
        assertThat(match(shortCircuit(characters, phrases), "头发干")).isEqualTo("1:頭");
        assertThat(match(shortCircuit(phrases, characters), "头发干")).isEqualTo("3:頭髮乾");
    }

    @Test
    void short_circuit_falls_through_to_later_members_when_earlier_ones_do_not_match() {
        assertThat(match(shortCircuit(phrases, characters), "发型")).isEqualTo("1:發");
    }

    @Test
    void union_takes_the_longest_match_of_any_member() {
        assertThat(match(union(characters, phrases), "头发干燥")).isEqualTo("3:頭髮乾");
        assertThat(match(union(phrases, characters), "头顶")).isEqualTo("1:頭");
    }

    @Test
    void union_keeps_the_longer_value_when_a_later_member_matches_shorter() {
        var longFirst = union(dictionary("头发干", "LONG"), dictionary("头", "SHORT"));

        assertThat(match(longFirst, "头发干")).isEqualTo("3:LONG");
    }

    @Test
    void on_a_tie_the_earlier_member_wins_under_both_policies() {
        var first = dictionary("头发", "FIRST");
        var second = dictionary("头发", "SECOND");

        assertThat(match(union(first, second), "头发")).isEqualTo("2:FIRST");
        assertThat(match(union(second, first), "头发")).isEqualTo("2:SECOND");
        assertThat(match(shortCircuit(first, second), "头发")).isEqualTo("2:FIRST");
    }

    @Test
    void no_member_matching_gives_no_match_under_both_policies() {
        assertThat(match(union(characters, phrases), "干")).isEqualTo("0");
        assertThat(match(shortCircuit(characters, phrases), "干")).isEqualTo("0");
    }

    @Test
    void a_group_can_start_with_any_char_one_of_its_members_can() {
        var group = shortCircuit(dictionary("头", "頭"), dictionary("发", "發"));

        assertThat(group.cannotStartWith('头')).isFalse();
        assertThat(group.cannotStartWith('发')).isFalse();
        assertThat(group.cannotStartWith('干')).isTrue();
        assertThat(shortCircuit(Dictionary.of("empty", Map.of())).cannotStartWith('头'))
                .isTrue();
    }

    @Test
    void groups_nest_as_openccs_configs_nest_them() {
        // s2twp's first step: short_circuit(union(STPhrases, generated phrases), STCharacters)
        var nested =
                shortCircuit(union(dictionary("干部", "幹部"), dictionary("干部会议", "幹部會議")), dictionary("干", "幹", "会", "會"));

        assertThat(match(nested, "干部会议室")).isEqualTo("4:幹部會議");
        assertThat(match(nested, "干部们")).isEqualTo("2:幹部");
        assertThat(match(nested, "干活")).isEqualTo("1:幹");
    }

    @Property(tries = 300)
    void both_policies_agree_with_a_naive_reading_of_their_definition(
            @ForAll("memberKeys") List<List<String>> memberKeys, @ForAll("texts") String text) {
        List<Map<String, String>> memberEntries = new ArrayList<>();
        List<DictionaryMatcher> members = new ArrayList<>();
        for (List<String> keys : memberKeys) {
            Map<String, String> entries = new LinkedHashMap<>();
            keys.forEach(key -> entries.put(key, key + "@" + memberEntries.size()));
            memberEntries.add(entries);
            members.add(Dictionary.of("member", entries));
        }

        assertThat(match(union(members.toArray(DictionaryMatcher[]::new)), text))
                .isEqualTo(naiveUnion(memberEntries, text));
        assertThat(match(shortCircuit(members.toArray(DictionaryMatcher[]::new)), text))
                .isEqualTo(naiveShortCircuit(memberEntries, text));
    }

    private static String naiveLongest(Map<String, String> entries, String text) {
        String best = null;
        for (String key : entries.keySet()) {
            if (text.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best;
    }

    private static String naiveUnion(List<Map<String, String>> members, String text) {
        String result = "0";
        int bestLength = 0;
        for (Map<String, String> entries : members) {
            String key = naiveLongest(entries, text);
            if (key != null && key.length() > bestLength) {
                bestLength = key.length();
                result = key.length() + ":" + entries.get(key);
            }
        }
        return result;
    }

    private static String naiveShortCircuit(List<Map<String, String>> members, String text) {
        for (Map<String, String> entries : members) {
            String key = naiveLongest(entries, text);
            if (key != null) {
                return key.length() + ":" + entries.get(key);
            }
        }
        return "0";
    }

    /** Each member's keys, from a three-character alphabet so that members overlap and tie. */
    @Provide
    Arbitrary<List<List<String>>> memberKeys() {
        Arbitrary<String> key =
                Arbitraries.strings().withChars("头发干").ofMinLength(1).ofMaxLength(3);
        return key.list().ofMaxSize(6).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("头发干x").ofMinLength(1).ofMaxLength(5);
    }
}
