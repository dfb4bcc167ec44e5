package org.tribune.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LangTest {

    @Test
    void tags_are_bcp47_and_path_segments_are_their_lowercase_form() {
        assertThat(Arrays.stream(Lang.values()).map(Lang::tag)).containsExactly("en", "zh-Hans", "zh-Hant");
        assertThat(Arrays.stream(Lang.values()).map(Lang::pathSegment)).containsExactly("en", "zh-hans", "zh-hant");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void every_language_is_found_by_its_own_tag_and_its_own_path_segment(Lang lang) {
        assertThat(Lang.fromTag(lang.tag())).contains(lang);
        assertThat(Lang.fromPathSegment(lang.pathSegment())).contains(lang);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "zh-hans",
                "zh-hant",
                "ZH-HANS",
                "zh_Hans",
                " zh-Hans",
                "zh-Hans ",
                "zh",
                "zh-CN",
                "zh-TW",
                "EN",
                "En",
                "en-US",
                "fr"
            })
    void from_tag_accepts_only_the_exact_tag(String spelling) {
        assertThat(Lang.fromTag(spelling)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "zh-Hans",
                "zh-Hant",
                "ZH-HANS",
                "zh_hans",
                "zh-hans/",
                "/zh-hans",
                " en",
                "EN",
                "zh",
                "zh-cn",
                "zh-tw",
                "fr"
            })
    void from_path_segment_accepts_only_the_exact_lowercase_segment(String spelling) {
        assertThat(Lang.fromPathSegment(spelling)).isEmpty();
    }

    @Test
    void only_the_two_chinese_editions_are_chinese() {
        assertThat(Lang.EN.isChinese()).isFalse();
        assertThat(Lang.ZH_HANS.isChinese()).isTrue();
        assertThat(Lang.ZH_HANT.isChinese()).isTrue();
    }

    @Test
    void locales_carry_the_script_that_distinguishes_the_chinese_editions() {
        assertThat(Lang.EN.locale().getLanguage()).isEqualTo("en");
        assertThat(Lang.ZH_HANS.locale().getLanguage()).isEqualTo("zh");
        assertThat(Lang.ZH_HANS.locale().getScript()).isEqualTo("Hans");
        assertThat(Lang.ZH_HANT.locale().getLanguage()).isEqualTo("zh");
        assertThat(Lang.ZH_HANT.locale().getScript()).isEqualTo("Hant");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void the_locale_round_trips_to_the_tag(Lang lang) {
        assertThat(lang.locale().toLanguageTag()).isEqualTo(lang.tag());
    }
}
