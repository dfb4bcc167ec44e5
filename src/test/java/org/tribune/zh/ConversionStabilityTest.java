package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which conversions are stable when applied again, and which are not, as OpenCC itself behaves.
 *
 * <p>Stable: the variant-only configs (t2tw, tw2t, t2hk, hk2t, t2jp; jp2t on OpenCC's test inputs
 * only) change nothing the second time; OpenCC's golden Simplified document survives s2t → t2s,
 * s2tw → tw2s and s2hk → hk2s exactly. Not stable, in OpenCC too (checked against Debian's
 * OpenCC 1.1.6): converting Simplified to Traditional twice, because a phrase may keep a
 * character in its Simplified form (燕燕于飞 → 燕燕于飛, and the second pass no longer sees the
 * phrase); nor round trips in general, since neither variants (t2tw maps 樑 to 梁, tw2t keeps
 * 梁) nor regional vocabulary are one-to-one.
 */
class ConversionStabilityTest {
    private static final ChineseConversions CONVERSIONS = ChineseConversions.load();
    /** Not jp2t: one of its phrases keeps a Shinjitai character (see the test below). */
    private static final List<OpenccConfig> VARIANT_CONFIGS =
            List.of(OpenccConfig.T2TW, OpenccConfig.TW2T, OpenccConfig.T2HK, OpenccConfig.HK2T, OpenccConfig.T2JP);

    private static final List<String> DICTIONARY_WORDS = wordsOf(
            "TWVariants",
            "TWVariantsRev",
            "TWVariantsPhrases",
            "TWVariantsRevPhrases",
            "HKVariants",
            "HKVariantsRev",
            "HKVariantsPhrases",
            "HKVariantsRevPhrases",
            "JPShinjitaiCharacters",
            "JPShinjitaiCharactersRev",
            "JPShinjitaiPhrases",
            "TSCharacters");

    private static String convert(OpenccConfig config, String text) {
        return CONVERSIONS.converter(config).convert(text);
    }

    @Property(tries = 200)
    void variant_configs_change_nothing_the_second_time(@ForAll("dictionaryText") String text) {
        for (OpenccConfig config : VARIANT_CONFIGS) {
            String once = convert(config, text);
            assertThat(convert(config, once)).as(config.configName()).isEqualTo(once);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = OpenccConfig.class,
            names = {"T2TW", "TW2T", "T2HK", "HK2T", "T2JP", "JP2T"})
    void variant_configs_are_stable_on_every_opencc_test_input(OpenccConfig config) throws IOException {
        List<String> unstable = new ArrayList<>();
        for (String input : conformanceInputs()) {
            String once = convert(config, input);
            if (!convert(config, once).equals(once)) {
                unstable.add(input);
            }
        }
        assertThat(unstable)
                .as("inputs %s converts differently the second time", config.configName())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({"S2T, T2S", "S2TW, TW2S", "S2HK, HK2S"})
    void the_golden_simplified_document_survives_a_round_trip(OpenccConfig there, OpenccConfig back)
            throws IOException {
        String golden = goldenInput();

        String roundTrip = convert(back, convert(there, golden));

        assertThat(roundTrip).isEqualTo(golden);
    }

    @Test
    void simplified_to_traditional_twice_is_not_stable_where_a_phrase_keeps_a_simplified_character() {
        // OpenCC (Debian's 1.1.6 too) keeps 于 and 里 inside these phrases; on a second pass the
        // phrases no longer match, so the characters convert alone.
        assertThat(convert(OpenccConfig.S2T, "燕燕于飞")).isEqualTo("燕燕于飛");
        assertThat(convert(OpenccConfig.S2T, "燕燕于飛")).isEqualTo("燕燕於飛");
        assertThat(convert(OpenccConfig.S2T, "马里兰州")).isEqualTo("馬里蘭州");
        assertThat(convert(OpenccConfig.S2T, "馬里蘭州")).isEqualTo("馬裏蘭州");
    }

    @Test
    void jp2t_twice_is_not_stable_where_a_phrase_keeps_a_shinjitai_character() {
        // JPShinjitaiPhrases maps 個条書 to 箇条書, keeping 条, which JPShinjitaiCharacters converts on a
        // second pass; Debian's OpenCC 1.1.6 does the same. The property above found it.
        assertThat(convert(OpenccConfig.JP2T, "個条書")).isEqualTo("箇条書");
        assertThat(convert(OpenccConfig.JP2T, "箇条書")).isEqualTo("箇條書");
    }

    @Test
    void regional_vocabulary_is_not_one_to_one_so_phrase_round_trips_may_differ() {
        assertThat(convert(OpenccConfig.TW2SP, convert(OpenccConfig.S2TWP, "为建立")))
                .isEqualTo("为创建");
    }

    @Test
    void taiwan_standard_characters_do_not_always_convert_back_to_the_traditional_input() {
        // OpenCC 1.4's TWVariants maps 樑 to 梁, and TWVariantsRev has no way back outside phrases like 樑上.
        assertThat(convert(OpenccConfig.T2TW, "樑")).isEqualTo("梁");
        assertThat(convert(OpenccConfig.TW2T, "梁")).isEqualTo("梁");
        assertThat(convert(OpenccConfig.TW2T, "梁上")).isEqualTo("樑上");
    }

    private static List<String> conformanceInputs() throws IOException {
        Path dir = OpenccConformanceTest.conformanceDir();
        assumeTrue(
                Files.isRegularFile(dir.resolve("testcases.json")),
                "OpenCC stability SKIPPED: no testcases.json in " + dir.toAbsolutePath());
        var mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
        List<String> inputs = new ArrayList<>();
        for (JsonNode testCase :
                mapper.readTree(dir.resolve("testcases.json").toFile()).get("cases")) {
            inputs.add(testCase.get("input").asText());
        }
        inputs.add(goldenInput());
        return inputs;
    }

    private static String goldenInput() throws IOException {
        Path golden = OpenccConformanceTest.conformanceDir().resolve("golden/input/us_constitution_zhs.txt");
        assumeTrue(Files.isRegularFile(golden), "OpenCC golden document SKIPPED: no " + golden.toAbsolutePath());
        return Files.readString(golden, StandardCharsets.UTF_8);
    }

    private static List<String> wordsOf(String... dictionaries) {
        List<String> words = new ArrayList<>();
        for (String name : dictionaries) {
            try (InputStream in = ConversionStabilityTest.class.getResourceAsStream(
                    "/org/tribune/zh/opencc/dictionary/" + name + ".txt")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.startsWith("#") && line.indexOf('\t') > 0) {
                        for (String word : line.strip().split("[\t ]+")) {
                            words.add(word);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }

    /** Keys and values of the variant dictionaries, whole or as single characters, run together. */
    @Provide
    Arbitrary<String> dictionaryText() {
        Arbitrary<String> word = Arbitraries.of(DICTIONARY_WORDS);
        Arbitrary<String> character = word.map(w -> w.substring(0, Character.charCount(w.codePointAt(0))));
        return Arbitraries.oneOf(word, character, Arbitraries.of("，", "\n", "a"))
                .list()
                .ofMaxSize(10)
                .map(parts -> String.join("", parts));
    }
}
