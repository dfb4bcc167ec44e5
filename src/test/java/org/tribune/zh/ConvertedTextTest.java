package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;

class ConvertedTextTest {
    private static String contents(ConvertedText text) {
        return new String(text.chars(), 0, text.length());
    }

    @Test
    void appends_past_its_first_capacity_keep_every_char_in_order() {
        var text = new ConvertedText(1);
        for (int i = 0; i < 100; i++) {
            text.append("头发" + i);
        }
        assertThat(text.length()).isEqualTo(2 * 100 + 10 + 2 * 90);
        assertThat(contents(text)).startsWith("头发0头发1").endsWith("头发98头发99");
    }

    @Test
    void a_range_is_copied_alike_from_a_string_a_builder_and_any_other_char_sequence() {
        for (CharSequence source : new CharSequence[] {"甲乙丙丁", new StringBuilder("甲乙丙丁"), CharBuffer.wrap("甲乙丙丁")}) {
            var text = new ConvertedText(2);
            text.append(source, 1, 3);
            text.append(source, 0, 0);
            text.append("戊".toCharArray(), 0, 1);
            assertThat(contents(text)).as(source.getClass().getSimpleName()).isEqualTo("乙丙戊");
        }
    }

    @Test
    void clearing_starts_over_without_forgetting_the_room() {
        var text = new ConvertedText(4);
        text.append("一二三四五六七八");
        text.clear();
        text.append("九");
        assertThat(contents(text)).isEqualTo("九");
    }
}
