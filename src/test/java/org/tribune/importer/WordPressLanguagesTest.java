package org.tribune.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tribune.content.Lang;

class WordPressLanguagesTest {
    @Test
    void polylang_slugs_and_wordpress_locales_map_to_the_three_editions() {
        var languages = WordPressLanguages.builtIn();

        assertThat(languages.find("en")).contains(Lang.EN);
        assertThat(languages.find("en_US")).contains(Lang.EN);
        assertThat(languages.find("zh")).contains(Lang.ZH_HANS);
        assertThat(languages.find("zh_CN")).contains(Lang.ZH_HANS);
        assertThat(languages.find("zh-hans")).contains(Lang.ZH_HANS);
        assertThat(languages.find("tw")).contains(Lang.ZH_HANT);
        assertThat(languages.find("zh_TW")).contains(Lang.ZH_HANT);
        assertThat(languages.find("zh_HK")).contains(Lang.ZH_HANT);
        assertThat(languages.find("fr")).isEmpty();
        assertThat(languages.find("")).isEmpty();
        assertThat(languages.find(null)).isEmpty();
    }

    @Test
    void a_language_map_wins_over_the_built_in_one() {
        var languages = WordPressLanguages.withMap("zh=zh-Hant, cn=zh-Hans,english=en");

        assertThat(languages.find("zh")).contains(Lang.ZH_HANT);
        assertThat(languages.find("cn")).contains(Lang.ZH_HANS);
        assertThat(languages.find("English")).contains(Lang.EN);
        assertThat(languages.find("tw")).contains(Lang.ZH_HANT);
    }

    @Test
    void a_bad_language_map_says_which_pair_is_wrong() {
        assertThatThrownBy(() -> WordPressLanguages.withMap("zh=zh-Hans,tw"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tw'");
        assertThatThrownBy(() -> WordPressLanguages.withMap("zh=zh-CN"))
                .hasMessageContaining("expected en, zh-Hans or zh-Hant after 'zh=', got 'zh-CN'");
    }
}
