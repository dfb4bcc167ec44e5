package org.tribune.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribune.content.Lang;

class LanguageNegotiationTest {

    private static Lang fromHeader(String acceptLanguage) {
        return LanguageNegotiation.choose(acceptLanguage, null);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "zh-TW",
                "zh-HK",
                "zh-MO",
                "zh-Hant",
                "zh-Hant-TW",
                "zh-Hant-HK",
                "zh-hant",
                "ZH-TW",
                "zh-tw",
                "zh-Hant;q=0.9"
            })
    void taiwan_hong_kong_macau_and_the_traditional_script_choose_traditional(String header) {
        assertThat(fromHeader(header)).isEqualTo(Lang.ZH_HANT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh-Hans", "zh-SG", "zh-Hans-CN", "zh-Hans-HK", "ZH-cn", "zh;q=0.5"})
    void chinese_without_a_traditional_marker_chooses_simplified(String header) {
        assertThat(fromHeader(header)).isEqualTo(Lang.ZH_HANS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en-GB;q=0.8", "fr", "de-DE, ja;q=0.8", "*", "ko-KR, ko;q=0.9"})
    void every_other_language_chooses_english(String header) {
        assertThat(fromHeader(header)).isEqualTo(Lang.EN);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr;q=1, zh-TW;q=0.8, en;q=0.5|ZH_HANT",
                "en;q=0.9, zh;q=1|ZH_HANS",
                "en;q=0.1, zh-HK|ZH_HANT",
                "fr, de;q=0.9, zh-CN;q=0.2|ZH_HANS",
                "zh-TW, zh-CN|ZH_HANT",
                "zh-CN, zh-TW|ZH_HANS",
                "en, zh-TW|EN",
                "zh-TW;q=0.5, en;q=0.6|EN"
            })
    void the_highest_weighted_published_language_wins(String header, Lang expected) {
        assertThat(fromHeader(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-TW;q=0|EN",
                "zh-TW;q=0.0, fr|EN",
                "zh-TW;q=0, zh-CN;q=0.1|ZH_HANS",
                "en;q=0, zh-HK;q=0.1|ZH_HANT",
                "*;q=0, zh|ZH_HANS"
            })
    void ranges_with_zero_weight_are_refused_languages(String header, Lang expected) {
        assertThat(fromHeader(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                ";;;",
                ",,,",
                "zh-TW;q=abc",
                "zh-TW;q=2",
                "zh-TW;q=-1",
                "zh-TW;;q=0.5",
                "zh-TW q=0.5",
                "=,=",
                "zh-abcdefghijk",
                "zh-TW;q=0.5;q=0.4",
                "\u4e2d\u6587",
                "zh-TW\u0000"
            })
    void malformed_headers_choose_english(String header) {
        assertThat(fromHeader(header)).isEqualTo(Lang.EN);
    }

    @Property
    void any_header_chooses_a_language_without_throwing(@ForAll String header) {
        assertThat(fromHeader(header)).isNotNull();
    }

    @Property
    void any_header_like_string_chooses_a_language_without_throwing(@ForAll("headerLike") String header) {
        assertThat(fromHeader(header)).isNotNull();
    }

    @Provide
    Arbitrary<String> headerLike() {
        return Arbitraries.of(
                        "zh",
                        "zh-TW",
                        "zh-Hant",
                        "en",
                        "*",
                        "-",
                        ";",
                        ";q=",
                        "q=",
                        "0",
                        "1",
                        ".",
                        "0.5",
                        "1.0001",
                        ",",
                        " ",
                        "\t",
                        "=",
                        "x-",
                        "i-klingon",
                        "abcdefghij",
                        "é",
                        "中")
                .list()
                .ofMaxSize(16)
                .map(parts -> String.join("", parts));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"en|zh-hant|ZH_HANT", "zh-TW|en|EN", "en|zh-hans|ZH_HANS", "|zh-hans|ZH_HANS"})
    void a_valid_cookie_wins_over_the_header(String header, String cookie, Lang expected) {
        assertThat(LanguageNegotiation.choose(header, cookie)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "ZH-HANT", "zh_hant", "fr", "", " zh-hant", "zh-hant;"})
    void an_invalid_cookie_is_ignored_in_favour_of_the_header(String cookie) {
        assertThat(LanguageNegotiation.choose("zh-CN", cookie)).isEqualTo(Lang.ZH_HANS);
    }

    @Test
    void without_cookie_or_header_the_choice_is_english() {
        assertThat(LanguageNegotiation.choose(null, null)).isEqualTo(Lang.EN);
    }
}
