package org.tribune.demo;

import java.time.Instant;
import java.util.List;

/** One generated article with its text in all three languages; editions are projections of it. */
record CorpusArticle(
        String id,
        Instant published,
        Instant updated,
        List<CorpusAuthor> authors,
        List<CorpusTopic> topics,
        Phrase title,
        Phrase summary,
        Phrase body) {

    CorpusArticle {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
    }
}
