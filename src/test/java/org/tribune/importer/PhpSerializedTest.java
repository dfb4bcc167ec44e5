package org.tribune.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhpSerializedTest {
    @Test
    void a_polylang_translation_group_reads_as_language_to_post_id() {
        Object value = PhpSerialized.parse("a:3:{s:2:\"en\";i:12;s:2:\"zh\";i:14;s:2:\"tw\";i:15;}");

        assertThat(value).isEqualTo(ordered("en", 12L, "zh", 14L, "tw", 15L));
        assertThat(List.copyOf(((Map<?, ?>) value).keySet())).isEqualTo(List.of("en", "zh", "tw"));
    }

    @Test
    void string_lengths_count_utf8_bytes_not_characters() {
        assertThat(PhpSerialized.parse("s:6:\"中文\";")).isEqualTo("中文");
        assertThat(PhpSerialized.parse("a:1:{s:9:\"华盛顿\";s:4:\"a\"b;\";}")).isEqualTo(ordered("华盛顿", "a\"b;"));
        assertThat(PhpSerialized.parse("s:4:\"😀\";")).isEqualTo("😀");
    }

    @Test
    void a_length_counted_in_characters_is_refused() {
        assertThatThrownBy(() -> PhpSerialized.parse("s:2:\"中文\";"))
                .isInstanceOf(PhpSerialized.NotSerialized.class)
                .hasMessageContaining("expected '\"'");
    }

    @Test
    void integers_booleans_floats_null_and_nested_arrays() {
        assertThat(PhpSerialized.parse("i:-7;")).isEqualTo(-7L);
        assertThat(PhpSerialized.parse("b:1;")).isEqualTo(true);
        assertThat(PhpSerialized.parse("d:0.5;")).isEqualTo(0.5);
        assertThat(PhpSerialized.parse("N;")).isNull();
        assertThat(PhpSerialized.parse("a:2:{i:0;a:1:{s:1:\"k\";N;}i:1;b:0;}"))
                .isEqualTo(ordered(0L, ordered("k", null), 1L, false));
        assertThat(PhpSerialized.parse("a:0:{}")).isEqualTo(Map.of());
    }

    @Test
    void objects_truncated_text_and_trailing_text_are_refused_with_the_byte_position() {
        assertThatThrownBy(() -> PhpSerialized.parse("O:8:\"stdClass\":0:{}"))
                .hasMessageContaining("unsupported type 'O'");
        assertThatThrownBy(() -> PhpSerialized.parse("a:2:{s:2:\"en\";i:12;")).hasMessageContaining("unexpected end");
        assertThatThrownBy(() -> PhpSerialized.parse("s:9:\"short\";")).hasMessageContaining("runs past the end");
        assertThatThrownBy(() -> PhpSerialized.parse("i:1;i:2;")).hasMessageContaining("at byte 4");
        assertThatThrownBy(() -> PhpSerialized.parse("a:1:{a:0:{}i:1;}")).hasMessageContaining("array keys");
        assertThatThrownBy(() -> PhpSerialized.parse("")).isInstanceOf(PhpSerialized.NotSerialized.class);
        assertThatThrownBy(() -> PhpSerialized.parse("i:;")).hasMessageContaining("expected a value");
    }

    @Test
    void deep_nesting_is_refused_rather_than_overflowing_the_stack() {
        String deep = "a:1:{i:0;".repeat(100) + "N;" + "}".repeat(100);
        assertThatThrownBy(() -> PhpSerialized.parse(deep)).hasMessageContaining("nested deeper");
    }

    private static Map<Object, Object> ordered(Object... keysAndValues) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
