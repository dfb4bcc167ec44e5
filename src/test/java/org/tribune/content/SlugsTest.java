package org.tribune.content;

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

class SlugsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "korea", "stagnant-korea-policy", "2022-review", "a1-b2-c3"})
    void lowercase_ascii_words_joined_by_single_hyphens_are_valid(String slug) {
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "Korea",
                "KOREA-POLICY",
                "korea policy",
                "korea--policy",
                "-korea",
                "korea-",
                "-",
                "korea_policy",
                "korea.policy",
                "korea/policy",
                "café",
                "中文",
                "korea\n",
                " korea"
            })
    void anything_else_is_invalid(String candidate) {
        assertThat(Slugs.isValid(candidate)).isFalse();
    }

    @Test
    void the_length_limit_is_inclusive() {
        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH))).isTrue();
        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Héllo Wörld!|hello-world",
                "  Stagnant Korea Policy  |stagnant-korea-policy",
                "a -- b__c|a-b-c",
                "Ｆｕｌｌｗｉｄｔｈ １２|fullwidth-12",
                "2022: A Review|2022-a-review",
                "already-a-slug|already-a-slug"
            })
    void from_turns_free_text_into_a_slug(String text, String slug) {
        assertThat(Slugs.from(text)).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"中文标题", "繁體中文", "!!!", "   ", ""})
    void from_gives_an_empty_slug_when_nothing_usable_remains(String text) {
        assertThat(Slugs.from(text)).isEmpty();
    }

    @Test
    void from_cuts_long_text_to_the_limit_without_leaving_a_trailing_hyphen() {
        String slug = Slugs.from("a".repeat(Slugs.MAX_LENGTH - 1) + " b c");

        assertThat(slug).isEqualTo("a".repeat(Slugs.MAX_LENGTH - 1));
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Property
    void from_any_string_gives_an_empty_or_valid_slug(@ForAll String text) {
        assertEmptyOrValid(Slugs.from(text));
    }

    @Property
    void from_title_like_text_gives_an_empty_or_valid_slug(@ForAll("titleLike") String text) {
        assertEmptyOrValid(Slugs.from(text));
    }

    @Property
    void a_valid_slug_is_its_own_slug(@ForAll("titleLike") String text) {
        String slug = Slugs.from(text);

        assertThat(Slugs.from(slug)).isEqualTo(slug);
    }

    @Provide
    Arbitrary<String> titleLike() {
        return Arbitraries.strings()
                .withChars("aZ09 -_.!éÖñß中文ﬁＡ\u0301\u0130")
                .withCharRange('a', 'z')
                .ofMaxLength(200);
    }

    private static void assertEmptyOrValid(String slug) {
        assertThat(slug.isEmpty() || Slugs.isValid(slug)).as("slug '%s'", slug).isTrue();
    }
}
