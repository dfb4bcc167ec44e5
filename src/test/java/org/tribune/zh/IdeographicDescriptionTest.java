package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ideographic description sequences (⿰氵每) are found whole, so that their parts are never converted alone. */
class IdeographicDescriptionTest {
    private static int length(String text) {
        return IdeographicDescription.length(text.toCharArray(), 0, text.length());
    }

    @ParameterizedTest(name = "{0} is {1} chars")
    @CsvSource({
        "⿰氵每, 3",
        "⿱艹化, 3",
        "⿰讠马, 3",
        "⿱⿰木木木, 5",
        "⿰木⿱木木, 5",
        "⿱⿰氵每⿰木木, 7",
        "⿲彳丨亍, 4",
        "⿳亠口小, 4",
        "⿲⿱一二丨⿰木木, 8",
        "⿻口乚, 3",
        "⿾月, 2",
        "⿿⿰氵每, 4",
    })
    void a_complete_sequence_is_measured_whole(String sequence, int chars) {
        assertThat(length(sequence)).isEqualTo(chars);
    }

    @Test
    void only_the_sequence_is_measured_not_the_text_after_it() {
        assertThat(length("⿰氵每很好")).isEqualTo(3);
        assertThat(length("⿲彳丨亍⿰氵每")).isEqualTo(4);
    }

    @Test
    void operands_outside_the_basic_plane_count_as_one_operand_of_two_chars() {
        assertThat(length("⿰亻𠂤")).isEqualTo(4);
        assertThat(length("⿱𠂤𠂤")).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"⿰", "⿰氵", "⿲彳丨", "⿳亠口", "⿱⿰氵每", "⿱⿰氵", "⿲⿰木木木"})
    void an_incomplete_sequence_measures_0(String incomplete) {
        assertThat(length(incomplete)).isZero();
    }

    @Test
    void a_sequence_cut_short_by_to_measures_0() {
        assertThat(IdeographicDescription.length("⿰氵每".toCharArray(), 0, 2)).isZero();
        assertThat(IdeographicDescription.length("⿰亻𠂤".toCharArray(), 0, 3)).isZero();
    }

    @Test
    void text_not_starting_with_a_description_character_measures_0() {
        assertThat(length("氵每")).isZero();
        assertThat(length("a⿰氵每")).isZero();
        assertThat(length("𠂤")).isZero();
    }

    @Test
    void a_sequence_is_measured_from_the_position_asked() {
        assertThat(IdeographicDescription.length("这是⿰氵每字".toCharArray(), 2, 6)).isEqualTo(3);
    }

    @Test
    void operators_take_two_three_or_one_operands() {
        for (int c = 0x2FF0; c <= 0x2FFF; c++) {
            int expected =
                    switch (c) {
                        case 0x2FF2, 0x2FF3 -> 3;
                        case 0x2FFE, 0x2FFF -> 1;
                        default -> 2;
                    };
            assertThat(IdeographicDescription.arity(c)).as("U+%04X", c).isEqualTo(expected);
        }
        assertThat(IdeographicDescription.arity('氵')).isZero();
        assertThat(IdeographicDescription.arity(0x2FEF)).isZero();
        assertThat(IdeographicDescription.arity(0x3000)).isZero();
    }

    @Test
    void a_long_run_of_operators_without_operands_measures_0_without_exhausting_the_stack() {
        assertThat(length("⿰".repeat(200_000))).isZero();
        assertThat(length("⿰".repeat(200_000) + "木")).isZero();
    }
}
