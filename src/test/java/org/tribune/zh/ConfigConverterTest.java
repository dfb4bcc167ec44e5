package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Segmentation then a chain of steps, with small dictionaries whose outcome is easy to follow. */
class ConfigConverterTest {
    private final Dictionary phrases = Dictionary.of("phrases", Map.of("头发", "頭髮", "发达", "發達"));
    private final Dictionary characters = Dictionary.of("characters", Map.of("头", "頭", "发", "發", "我", "吾"));
    private final Dictionary regional = Dictionary.of("regional", Map.of("頭髮", "头毛", "吾", "咱"));

    private ConfigConverter segmentedBy(Dictionary segmentation, DictionaryMatcher... firstStepMembers) {
        var firstStep = new ConversionStep(
                new DictionaryGroup(DictionaryGroup.Policy.SHORT_CIRCUIT, List.of(firstStepMembers)));
        return new ConfigConverter(List.of(), segmentation, List.of(firstStep, new ConversionStep(regional)));
    }

    @Test
    void a_word_the_segmentation_found_is_replaced_as_the_first_step_would_and_then_goes_down_the_chain() {
        var converter = segmentedBy(phrases, phrases, characters);

        assertThat(converter.convert("头发")).isEqualTo("头毛");
        assertThat(converter.convert("我头发发达")).isEqualTo("咱头毛發達");
    }

    @Test
    void a_first_step_that_tries_other_dictionaries_first_converts_the_word_itself() {
        // Characters before phrases: 头 and 发 convert alone even inside the segment 头发.
        var converter = segmentedBy(phrases, characters, phrases);

        assertThat(converter.convert("头发")).isEqualTo("頭發");
        assertThat(converter.convert("我头发")).isEqualTo("咱頭發");
    }

    @Test
    void steps_never_match_across_the_edge_of_a_segment() {
        // 头 | 发达: the segmentation takes 发达, so 头发 is never seen whole.
        var converter = segmentedBy(Dictionary.of("segments", Map.of("发达", "發達")), phrases, characters);

        assertThat(converter.convert("头发达")).isEqualTo("頭發達");
    }
}
