package org.tribune.demo;

import java.util.List;

/**
 * A subject the journal files articles under. {@code terms} is the topic's own vocabulary: articles draw heavily on
 * it so that articles sharing a primary topic also share words.
 */
record CorpusTopic(String key, String family, Phrase name, List<Phrase> terms) {

    CorpusTopic {
        terms = List.copyOf(terms);
    }

    static CorpusTopic of(String family, String key, String name, String terms) {
        return new CorpusTopic(key, family, Phrase.parse(name), Phrase.table(terms));
    }
}
