package org.tribune.editor;

import java.util.List;
import java.util.stream.Collectors;

/** Block numbers as the newsroom's messages show them: "2, 5, 7". */
final class UntranslatedNumbers {
    private UntranslatedNumbers() {}

    static String of(List<Integer> blocks) {
        return blocks.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
