package org.tribune.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown body cut into its blocks (paragraphs, headings, lists, quotes, code), the unit the
 * translation desk aligns and side-by-side reading pairs: blocks are separated by blank lines,
 * except inside fenced code.
 */
public final class MarkdownBlocks {
    private MarkdownBlocks() {}

    public static List<String> split(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String fence = null;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
            } else if (fence != null && trimmed.startsWith(fence)) {
                fence = null;
                append(current, line);
                continue;
            }
            if (fence == null && trimmed.isEmpty()) {
                flush(blocks, current);
            } else {
                append(current, line);
            }
        }
        flush(blocks, current);
        return blocks;
    }

    /** The blocks as one body again, a blank line between each. */
    public static String join(List<String> blocks) {
        return String.join(
                "\n\n",
                blocks.stream().map(String::strip).filter(b -> !b.isEmpty()).toList());
    }

    private static void append(StringBuilder current, String line) {
        if (!current.isEmpty()) {
            current.append('\n');
        }
        current.append(line);
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        if (!current.toString().isBlank()) {
            blocks.add(current.toString().strip());
        }
        current.setLength(0);
    }
}
