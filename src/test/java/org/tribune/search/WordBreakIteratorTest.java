package org.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Where result passages may be cut: between words, between CJK characters, never inside a word or a surrogate pair. */
class WordBreakIteratorTest {
    private static List<Integer> boundaries(String text) {
        var iterator = new WordBreakIterator();
        iterator.setText(text);
        List<Integer> found = new ArrayList<>();
        for (int at = iterator.first(); at != BreakIterator.DONE; at = iterator.next()) {
            found.add(at);
        }
        return found;
    }

    @Test
    void words_keep_their_apostrophes_and_points_and_cjk_characters_stand_alone() {
        assertThat(boundaries("don't stop")).containsExactly(0, 5, 6, 10);
        assertThat(boundaries("rates rose 3.5, then fell."))
                .containsExactly(0, 5, 6, 10, 11, 14, 15, 16, 20, 21, 25, 26);
        assertThat(boundaries("Hwasong-12 test")).containsExactly(0, 7, 8, 10, 11, 15);
        assertThat(boundaries("导弹试射")).containsExactly(0, 1, 2, 3, 4);
        assertThat(boundaries("火星-12型导弹")).containsExactly(0, 1, 2, 3, 5, 6, 7, 8);
        assertThat(boundaries("two  spaces")).containsExactly(0, 3, 5, 11);
        assertThat(boundaries("")).containsExactly(0);
    }

    @Test
    void a_character_outside_the_basic_plane_is_never_cut_in_two() {
        assertThat(boundaries("a𠀀b")).containsExactly(0, 1, 3, 4);
        assertThat(boundaries("𠀀𠀁")).containsExactly(0, 2, 4);
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.strings()
                .withChars("ab Z9'.,-—导弹試射のカ한\u0301\t")
                .withCharRange('\uD840', '\uD840')
                .withCharRange('\uDC00', '\uDC01')
                .ofMaxLength(40);
    }

    @Property(tries = 500)
    void following_and_preceding_find_the_nearest_boundary_on_each_side(@ForAll("mixedText") String text) {
        var iterator = new WordBreakIterator();
        iterator.setText(text);
        for (int at = 0; at < text.length(); at++) {
            int after = iterator.following(at);
            assertThat(after).isGreaterThan(at).isLessThanOrEqualTo(text.length());
            for (int between = at + 1; between < after; between++) {
                assertThat(WordBreakIterator.isBoundary(text, between)).isFalse();
            }
            assertThat(after == text.length() || WordBreakIterator.isBoundary(text, after))
                    .isTrue();
        }
        for (int at = text.length(); at > 0; at--) {
            int before = iterator.preceding(at);
            assertThat(before).isLessThan(at).isGreaterThanOrEqualTo(0);
            assertThat(before == 0 || WordBreakIterator.isBoundary(text, before))
                    .isTrue();
            for (int between = before + 1; between < at; between++) {
                assertThat(WordBreakIterator.isBoundary(text, between)).isFalse();
            }
        }
        assertThat(iterator.following(text.length())).isEqualTo(BreakIterator.DONE);
        assertThat(iterator.preceding(0)).isEqualTo(BreakIterator.DONE);
        for (int at = 1; at < text.length(); at++) {
            if (Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at))) {
                assertThat(WordBreakIterator.isBoundary(text, at))
                        .as("inside a surrogate pair at %d", at)
                        .isFalse();
            }
        }
    }
}
