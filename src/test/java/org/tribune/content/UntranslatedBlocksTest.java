package org.tribune.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class UntranslatedBlocksTest {
    private static final String SOURCE = "The navy sails weekly.\n\n> We will not yield.\n\n---\n\n| 2024 | 12 |";

    @Test
    void a_block_with_the_source_text_is_untranslated_and_a_rewritten_one_is_not() {
        String translation = "海军每周航行。\n\n> We will not yield.\n\n---\n\n| 2024 | 12 |";

        assertThat(UntranslatedBlocks.find(translation, List.of(SOURCE), Set.of()))
                .as("the rule and the table of digits read the same in any language")
                .containsExactly(2);
    }

    @Test
    void an_image_without_alt_text_or_a_bare_address_reads_the_same_in_any_language_but_alt_text_does_not() {
        String source =
                "![](https://cdn.example/chart.png)\n\nhttps://journal.example/data\n\n![Exports by year](x.png)";

        assertThat(UntranslatedBlocks.find(source, List.of(source), Set.of())).containsExactly(3);
    }

    @Test
    void a_block_marked_keep_as_is_is_not_untranslated() {
        String translation = "海军每周航行。\n\n> We will not yield.";

        assertThat(UntranslatedBlocks.find(
                        translation, List.of(SOURCE), Set.of(UntranslatedBlocks.key("> We will not yield."))))
                .isEmpty();
    }

    @Test
    void a_block_copied_from_the_text_the_translation_was_made_from_counts_after_the_source_changed() {
        String earlier = "Old paragraph.\n\nTrade follows the flag.";
        String now = "New paragraph.\n\nTrade follows the flag.";

        assertThat(UntranslatedBlocks.find("Old paragraph.\n\n贸易追随旗帜。", List.of(now, earlier), Set.of()))
                .containsExactly(1);
    }

    @Test
    void simplified_and_traditional_are_not_checked_against_each_other() {
        assertThat(UntranslatedBlocks.applies(Lang.ZH_HANS, Lang.ZH_HANT)).isFalse();
        assertThat(UntranslatedBlocks.applies(Lang.EN, Lang.ZH_HANT)).isTrue();
        assertThat(UntranslatedBlocks.applies(Lang.ZH_HANS, Lang.EN)).isTrue();
    }

    @Property
    void every_block_of_a_copied_source_is_untranslated_and_none_of_a_translation_that_shares_none(
            @ForAll @Size(min = 1, max = 8) List<@AlphaChars @StringLength(min = 1, max = 20) String> words) {
        String source = String.join("\n\n", words);
        List<Integer> all = UntranslatedBlocks.find(source, List.of(source), Set.of());
        assertThat(all).hasSize(words.size());

        String translated =
                String.join("\n\n", words.stream().map(w -> "译" + w + "文").toList());
        assertThat(UntranslatedBlocks.find(translated, List.of(source), Set.of()))
                .isEmpty();
    }

    @Test
    void a_title_or_summary_that_is_the_sources_is_untranslated_unless_kept_or_without_letters() {
        List<String[]> source = List.<String[]>of(new String[] {"Strait Notes", "Ships and flags."});

        assertThat(UntranslatedBlocks.findFields("Strait Notes", "Ships and flags.", source, Set.of()))
                .containsExactly(UntranslatedBlocks.TITLE, UntranslatedBlocks.SUMMARY);
        assertThat(UntranslatedBlocks.findFields("海峡笔记", "", source, Set.of())).isEmpty();
        assertThat(UntranslatedBlocks.findFields(
                        "Strait Notes",
                        "船与旗。",
                        source,
                        Set.of(UntranslatedBlocks.fieldKey(UntranslatedBlocks.TITLE, "Strait Notes"))))
                .as("a title marked keep as is, such as a proper name")
                .isEmpty();
        assertThat(UntranslatedBlocks.findFields("2024", "", List.<String[]>of(new String[] {"2024", ""}), Set.of()))
                .isEmpty();
    }
}
