package org.tribune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tribune.content.Lang;

class SitePathsTest {

    @ParameterizedTest
    @CsvSource({"EN, /en/", "ZH_HANS, /zh-hans/", "ZH_HANT, /zh-hant/"})
    void home_is_the_language_segment(Lang lang, String path) {
        assertThat(SitePaths.home(lang)).isEqualTo(path);
        assertThat(SitePaths.home(lang, 1)).isEqualTo(path);
    }

    @Test
    void later_home_pages_get_a_page_segment_and_page_one_none() {
        assertThat(SitePaths.home(Lang.EN, 2)).isEqualTo("/en/page/2");
        assertThat(SitePaths.home(Lang.ZH_HANT, 15)).isEqualTo("/zh-hant/page/15");
        assertThat(SitePaths.home(Lang.EN, 0)).isEqualTo("/en/");
    }

    @Test
    void articles_live_under_the_language() {
        assertThat(SitePaths.article(Lang.ZH_HANS, "stagnant-korea-policy"))
                .isEqualTo("/zh-hans/articles/stagnant-korea-policy");
    }

    @Test
    void topic_and_author_listings_are_paged_from_page_two() {
        assertThat(SitePaths.topic(Lang.EN, "foreign-policy", 1)).isEqualTo("/en/topics/foreign-policy");
        assertThat(SitePaths.topic(Lang.EN, "foreign-policy", 2)).isEqualTo("/en/topics/foreign-policy/page/2");
        assertThat(SitePaths.author(Lang.ZH_HANT, "jane-doe", 1)).isEqualTo("/zh-hant/authors/jane-doe");
        assertThat(SitePaths.author(Lang.ZH_HANT, "jane-doe", 3)).isEqualTo("/zh-hant/authors/jane-doe/page/3");
    }

    @Test
    void the_archive_and_its_months_use_four_digit_years_and_two_digit_months() {
        assertThat(SitePaths.archive(Lang.EN)).isEqualTo("/en/archive/");
        assertThat(SitePaths.month(Lang.EN, YearMonth.of(2022, 3), 1)).isEqualTo("/en/archive/2022/03");
        assertThat(SitePaths.month(Lang.ZH_HANS, YearMonth.of(2022, 11), 2))
                .isEqualTo("/zh-hans/archive/2022/11/page/2");
    }

    @ParameterizedTest
    @CsvSource({
        "/en/articles/korea, ZH_HANT, /zh-hant/articles/korea",
        "/zh-hant/topics/asia/page/2, EN, /en/topics/asia/page/2",
        "/zh-hans/, ZH_HANT, /zh-hant/",
        "/en, ZH_HANS, /zh-hans/",
        "/en/articles/en, ZH_HANS, /zh-hans/articles/en",
        "/zh-hans/archive/2022/03, ZH_HANS, /zh-hans/archive/2022/03"
    })
    void in_language_swaps_only_the_first_segment(String path, Lang lang, String expected) {
        assertThat(SitePaths.inLanguage(path, lang)).isEqualTo(expected);
    }

    @Test
    void choose_language_url_encodes_the_target() {
        assertThat(SitePaths.chooseLanguage("/zh-hant/articles/korea"))
                .isEqualTo("/language?to=%2Fzh-hant%2Farticles%2Fkorea");
        assertThat(SitePaths.chooseLanguage("/en/search?q=a b&x=中"))
                .isEqualTo("/language?to=%2Fen%2Fsearch%3Fq%3Da+b%26x%3D%E4%B8%AD");
    }
}
