package org.tribune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tribune.zh.ChineseConversions;
import org.tribune.zh.OpenccConfig;

/** {@code tribune convert --from/--to [--phrases]}: which OpenCC config a pair of language tags means. */
class ChineseVariantsTest {

    @ParameterizedTest(name = "{0} → {1}, phrases {2}: {3}")
    @CsvSource({
        "zh-Hans,    zh-Hant,    false, S2T",
        "zh-Hans,    zh-Hant,    true,  S2T",
        "zh-Hans,    zh-Hant-TW, false, S2TW",
        "zh-Hans,    zh-Hant-TW, true,  S2TWP",
        "zh-Hans,    zh-Hant-HK, false, S2HK",
        "zh-Hans,    zh-Hant-HK, true,  S2HKP",
        "zh-Hant,    zh-Hans,    false, T2S",
        "zh-Hant,    zh-Hans,    true,  T2S",
        "zh-Hant-TW, zh-Hans,    false, TW2S",
        "zh-Hant-TW, zh-Hans,    true,  TW2SP",
        "zh-Hant-HK, zh-Hans,    false, HK2S",
        "zh-Hant-HK, zh-Hans,    true,  HK2SP",
        "zh-Hant,    zh-Hant-TW, false, T2TW",
        "zh-Hant-TW, zh-Hant,    false, TW2T",
        "zh-Hant,    zh-Hant-HK, false, T2HK",
        "zh-Hant-HK, zh-Hant,    false, HK2T",
    })
    void each_pair_of_tags_means_one_opencc_config(String from, String to, boolean phrases, OpenccConfig config) {
        assertThat(ChineseVariants.configFor(from, to, phrases)).contains(config);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "zh-CN, zh-Hans",
        "zh-SG, zh-Hans",
        "zh-TW, zh-Hant-TW",
        "zh-HK, zh-Hant-HK",
        "zh-MO, zh-Hant-HK",
        "zh-Hant-MO, zh-Hant-HK",
    })
    void region_tags_stand_for_the_script_their_region_writes(String region, String script) {
        assertThat(ChineseVariants.configFor(region, "zh-Hant", false))
                .isEqualTo(ChineseVariants.configFor(script, "zh-Hant", false));
        assertThat(ChineseVariants.configFor("zh-Hans", region, true))
                .isEqualTo(ChineseVariants.configFor("zh-Hans", script, true));
    }

    @Test
    void tags_are_read_ignoring_case() {
        assertThat(ChineseVariants.configFor("ZH-HANS", "zh-hant-tw", true)).contains(OpenccConfig.S2TWP);
        assertThat(ChineseVariants.configFor("zh-cn", "ZH-TW", false)).contains(OpenccConfig.S2TW);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "zh-Hans,    zh-Hans",
        "zh-Hant,    zh-Hant",
        "zh-Hant-TW, zh-Hant-HK",
        "zh-Hant-HK, zh-Hant-TW",
        "en,         zh-Hant",
        "zh-Hans,    ja",
        "zh,         zh-Hant",
        "'',         zh-Hant",
    })
    void pairs_no_config_converts_between_give_nothing(String from, String to) {
        assertThat(ChineseVariants.configFor(from, to, false)).isEmpty();
        assertThat(ChineseVariants.configFor(from, to, true)).isEmpty();
    }

    @Test
    void the_config_chosen_for_taiwan_with_phrases_converts_its_vocabulary() {
        OpenccConfig config = ChineseVariants.configFor("zh-CN", "zh-TW", true).orElseThrow();

        assertThat(ChineseConversions.load().converter(config).convert("软件")).isEqualTo("軟體");
    }
}
