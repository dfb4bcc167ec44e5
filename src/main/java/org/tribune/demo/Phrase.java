package org.tribune.demo;

import java.util.List;
import org.tribune.content.Lang;

/**
 * One piece of text in all three editions' forms. Simplified and Traditional are written side by side rather than
 * converted, so the corpus is independent of the script converter and can be checked against it.
 */
record Phrase(String en, String hans, String hant) {

    String in(Lang lang) {
        return switch (lang) {
            case EN -> en;
            case ZH_HANS -> hans;
            case ZH_HANT -> hant;
        };
    }

    /** Parses a table written one phrase per line as {@code english | 简体 | 繁體}; blank lines are ignored. */
    static List<Phrase> table(String block) {
        return block.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(Phrase::parse)
                .toList();
    }

    /** Parses one {@code english | 简体 | 繁體} row. */
    static Phrase parse(String line) {
        String[] cells = line.split("\\|");
        if (cells.length != 3) {
            throw new IllegalArgumentException("expected 'english | 简体 | 繁體' but got: " + line);
        }
        return new Phrase(cells[0].strip(), cells[1].strip(), cells[2].strip());
    }
}
