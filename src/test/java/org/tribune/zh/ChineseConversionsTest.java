package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The converters as callers see them: phrases before characters, regional vocabulary, ranges, sharing. */
class ChineseConversionsTest {
    private static final ChineseConversions CONVERSIONS = ChineseConversions.load();

    private static String convert(OpenccConfig config, String text) {
        return CONVERSIONS.converter(config).convert(text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "头发, 頭髮", "发展, 發展", "干部, 幹部", "干燥, 乾燥", "皇后, 皇后", "午后, 午後", "后来, 後來", "软件, 軟件",
    })
    void simplified_to_traditional_picks_the_character_a_phrase_needs(String simplified, String traditional) {
        assertThat(convert(OpenccConfig.S2T, simplified)).isEqualTo(traditional);
    }

    @Test
    void a_character_alone_takes_its_dictionarys_first_value() {
        assertThat(convert(OpenccConfig.S2T, "发")).isEqualTo("發");
        assertThat(convert(OpenccConfig.S2T, "干")).isEqualTo("幹");
        assertThat(convert(OpenccConfig.S2T, "后")).isEqualTo("後");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"软件, 軟體", "循环, 迴圈", "软件开发, 軟體開發", "头发, 頭髮"})
    void taiwan_with_phrases_uses_taiwan_vocabulary(String simplified, String taiwan) {
        assertThat(convert(OpenccConfig.S2TWP, simplified)).isEqualTo(taiwan);
    }

    @Test
    void taiwan_without_phrases_converts_characters_but_keeps_mainland_vocabulary() {
        assertThat(convert(OpenccConfig.S2TW, "软件")).isEqualTo("軟件");
        assertThat(convert(OpenccConfig.S2TW, "循环")).isEqualTo("循環");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"軟體, 软件", "迴圈, 循环", "頭髮, 头发", "軟體開發, 软件开发"})
    void taiwan_vocabulary_converts_back_to_mainland_vocabulary(String taiwan, String simplified) {
        assertThat(convert(OpenccConfig.TW2SP, taiwan)).isEqualTo(simplified);
    }

    @Test
    void an_ideographic_description_sequence_passes_through_even_when_its_parts_would_convert() {
        assertThat(convert(OpenccConfig.S2T, "讠马")).isEqualTo("訁馬");

        assertThat(convert(OpenccConfig.S2T, "⿰讠马")).isEqualTo("⿰讠马");
        assertThat(convert(OpenccConfig.S2T, "⿰氵每")).isEqualTo("⿰氵每");
        assertThat(convert(OpenccConfig.S2TWP, "这个字写作⿰讠马，软件里没有")).isEqualTo("這個字寫作⿰讠马，軟體裡沒有");
    }

    @Test
    void an_incomplete_description_sequence_does_not_protect_what_follows() {
        assertThat(convert(OpenccConfig.S2T, "⿰讠")).isEqualTo("⿰訁");
    }

    @Test
    void compatibility_ideographs_are_normalized_before_conversion() {
        String compatibilityIdeograph = "\uF900"; // CJK COMPATIBILITY IDEOGRAPH-F900, canonically 豈 U+8C48

        assertThat(convert(OpenccConfig.S2T, compatibilityIdeograph)).isEqualTo("豈");
        assertThat(convert(OpenccConfig.T2S, compatibilityIdeograph)).isEqualTo("岂");
    }

    @Test
    void characters_outside_the_basic_plane_convert_in_phrases() {
        assertThat(convert(OpenccConfig.S2T, "二𫫇英")).isEqualTo("二噁英");
        assertThat(convert(OpenccConfig.T2S, "二噁英")).isEqualTo("二𫫇英");
    }

    @Test
    void uppercase_latin_can_begin_regional_vocabulary_and_be_replaced_with_it() {
        // TWPhrases has "B超 → 超音波": OpenCC's own data, so the B belongs to the phrase.
        assertThat(convert(OpenccConfig.S2TWP, "做B超")).isEqualTo("做超音波");
        assertThat(convert(OpenccConfig.S2TWP, "做b超")).isEqualTo("做b超");
    }

    @Test
    void converting_a_range_appends_only_that_range() {
        var out = new StringBuilder("»");

        CONVERSIONS.converter(OpenccConfig.S2T).convert("头发干燥", 2, 4, out);

        assertThat(out).hasToString("»乾燥");
    }

    @Test
    void a_range_ends_phrases_at_its_edge() {
        var out = new StringBuilder();

        CONVERSIONS.converter(OpenccConfig.S2T).convert("干燥", 0, 1, out);

        assertThat(out).hasToString("幹");
    }

    @ParameterizedTest
    @EnumSource(OpenccConfig.class)
    void every_config_builds_and_converts_empty_text_to_empty_text(OpenccConfig config) {
        assertThat(convert(config, "")).isEmpty();
        assertThat(CONVERSIONS.converter(config)).isSameAs(CONVERSIONS.converter(config));
    }

    @Test
    void the_bundled_data_is_opencc_1_4_2() {
        assertThat(ChineseConversions.openccVersion()).isEqualTo("1.4.2");
    }

    @Test
    void config_names_are_openccs_and_are_looked_up_ignoring_case() {
        assertThat(OpenccConfig.S2TWP.configName()).isEqualTo("s2twp");
        assertThat(OpenccConfig.fromName("S2TWP")).contains(OpenccConfig.S2TWP);
        assertThat(OpenccConfig.fromName("s2twp.json")).isEmpty();
    }

    @Test
    void one_converter_gives_the_same_results_on_many_threads_at_once() throws Exception {
        var converter = ChineseConversions.load().converter(OpenccConfig.S2TWP);
        String text = "软件开发的头发干燥了，皇后在午后循环播放。".repeat(200);
        String expected = converter.convert(text);
        List<Callable<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            jobs.add(() -> converter.convert(text));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<String> result : pool.invokeAll(jobs)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void separately_loaded_conversions_build_separate_but_equal_converters() {
        var other = ChineseConversions.load();

        assertThat(other.converter(OpenccConfig.S2T)).isNotSameAs(CONVERSIONS.converter(OpenccConfig.S2T));
        assertThat(other.converter(OpenccConfig.S2T).convert("头发")).isEqualTo("頭髮");
    }
}
