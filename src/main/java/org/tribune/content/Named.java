package org.tribune.content;

import java.util.List;

/**
 * An author or topic as a reader sees it in one language: its key (for URLs) and its name. In an
 * edition's input the name may be null: the key alone refers to an author or topic that exists.
 */
public record Named(String key, String name) {

    /** The same authors or topics referred to by key alone, so that saving them names nobody. */
    public static List<Named> keysOnly(List<Named> names) {
        return names.stream().map(n -> new Named(n.key(), null)).toList();
    }
}
