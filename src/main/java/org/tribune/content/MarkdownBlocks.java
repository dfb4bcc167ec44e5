package org.tribune.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown body cut into its blocks (paragraphs, headings, lists, quotes, code), the unit the
 * translation desk aligns, side-by-side reading pairs and a translation is checked in: blocks
 * are separated by blank lines, except inside fenced code.
 */
public final class MarkdownBlocks {
    private MarkdownBlocks() {}

    /**
     * One block and where it lies in the body.
     *
     * @param firstLine the block's first line, counted from 0 in the body as given
     * @param lastLine the block's last line, inclusive
     */
    public record Block(String text, int firstLine, int lastLine) {}

    /** The blocks' texts, stripped, without empty ones. */
    public static List<String> split(String markdown) {
        return locate(markdown).stream().map(Block::text).toList();
    }

    /** The blocks with the lines they cover, in order. */
    public static List<Block> locate(String markdown) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int first = -1;
        String fence = null;
        String[] lines =
                (markdown == null ? "" : markdown).replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
            } else if (fence != null && trimmed.startsWith(fence)) {
                fence = null;
                first = append(current, line, first, i);
                continue;
            }
            if (fence == null && trimmed.isEmpty()) {
                flush(blocks, current, first, i - 1);
                first = -1;
            } else {
                first = append(current, line, first, i);
            }
        }
        flush(blocks, current, first, lines.length - 1);
        return blocks;
    }

    /** The blocks as one body again, a blank line between each. */
    public static String join(List<String> blocks) {
        return String.join(
                "\n\n",
                blocks.stream().map(String::strip).filter(b -> !b.isEmpty()).toList());
    }

    private static int append(StringBuilder current, String line, int first, int index) {
        if (!current.isEmpty()) {
            current.append('\n');
        }
        current.append(line);
        return first < 0 ? index : first;
    }

    private static void flush(List<Block> blocks, StringBuilder current, int first, int last) {
        if (!current.toString().isBlank()) {
            blocks.add(new Block(current.toString().strip(), first, last));
        }
        current.setLength(0);
    }
}
