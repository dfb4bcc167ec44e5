package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.tribune.content.MarkdownBlocks;
import org.tribune.editor.DeskRow.Change;

class DeskAlignmentTest {
    @Test
    void a_changed_and_an_added_block_are_flagged_and_each_translation_stays_beside_its_source() {
        List<String> earlier = List.of("Intro.", "The old claim.", "Conclusion.");
        List<String> current = List.of("Intro.", "The new claim.", "A fresh point.", "Conclusion.");
        List<String> translation = List.of("引言。", "旧的论断。", "结论。");

        List<DeskRow> rows = DeskAlignment.align(earlier, current, translation, Set.of(), Set.of());

        assertThat(rows)
                .extracting(DeskRow::source, DeskRow::translation, DeskRow::change)
                .containsExactly(
                        Tuple.tuple("Intro.", "引言。", Change.SAME),
                        Tuple.tuple("The new claim.", "旧的论断。", Change.CHANGED),
                        Tuple.tuple("A fresh point.", "", Change.NEW),
                        Tuple.tuple("Conclusion.", "结论。", Change.SAME));
        assertThat(rows.get(1).previousSource()).isEqualTo("The old claim.");
        assertThat(rows.get(1).diffHtml()).contains("<del>").contains("<ins>");
    }

    @Test
    void a_removed_source_block_keeps_its_translation_in_view_until_the_translator_drops_it() {
        List<DeskRow> rows = DeskAlignment.align(
                List.of("A.", "B.", "C."), List.of("A.", "C."), List.of("甲。", "乙。", "丙。"), Set.of(), Set.of());

        assertThat(rows).extracting(DeskRow::translation).containsExactly("甲。", "乙。", "丙。");
        assertThat(rows.get(1).change()).isEqualTo(Change.REMOVED);
        assertThat(rows.get(1).previousSource()).isEqualTo("B.");
    }

    @Test
    void blocks_marked_done_or_left_pending_are_told_apart() {
        List<String> same = List.of("A.", "B.");
        String pendingKey = DeskAlignment.key("B.");

        List<DeskRow> waiting = DeskAlignment.align(same, same, List.of("甲。", "乙。"), Set.of(pendingKey), Set.of());
        List<DeskRow> finished =
                DeskAlignment.align(same, same, List.of("甲。", "乙。"), Set.of(pendingKey), Set.of(pendingKey));

        assertThat(waiting).extracting(DeskRow::needsWork).containsExactly(false, true);
        assertThat(finished).extracting(DeskRow::needsWork).containsExactly(false, false);
    }

    @Property
    void no_translated_block_is_ever_lost_whatever_the_source_did(
            @ForAll @Size(max = 8) List<@StringLength(min = 1, max = 3) String> earlier,
            @ForAll @Size(max = 8) List<@StringLength(min = 1, max = 3) String> current) {
        List<String> translation = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            translation.add("译" + i);
        }

        List<DeskRow> rows = DeskAlignment.align(earlier, current, translation, Set.of(), Set.of());

        assertThat(rows.stream()
                        .map(DeskRow::translation)
                        .filter(t -> !t.isEmpty())
                        .toList())
                .containsExactlyElementsOf(translation);
        assertThat(rows.stream()
                        .filter(r -> r.change() != Change.REMOVED)
                        .map(DeskRow::source)
                        .toList())
                .containsExactlyElementsOf(current);
    }

    @Property
    void an_unchanged_source_lines_up_block_for_block(
            @ForAll @Size(max = 10) List<@StringLength(min = 1, max = 5) String> source) {
        List<String> translation = source.stream().map(s -> "译" + s).toList();

        List<DeskRow> rows = DeskAlignment.align(source, source, translation, Set.of(), Set.of());

        assertThat(rows)
                .allMatch(r -> r.change() == Change.SAME && r.translation().equals("译" + r.source()));
    }

    @Test
    void markdown_blocks_split_on_blank_lines_but_not_inside_fenced_code() {
        String body = "# Heading\n\nFirst line\nsame paragraph.\n\n```\ncode\n\nstill code\n```\n\n- a\n- b\n";

        List<String> blocks = MarkdownBlocks.split(body);

        assertThat(blocks)
                .containsExactly(
                        "# Heading", "First line\nsame paragraph.", "```\ncode\n\nstill code\n```", "- a\n- b");
        assertThat(MarkdownBlocks.split(MarkdownBlocks.join(blocks))).isEqualTo(blocks);
    }
}
