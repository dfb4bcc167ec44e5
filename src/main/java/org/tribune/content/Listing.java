package org.tribune.content;

import java.time.YearMonth;

/**
 * What a listing page shows: everything published in a language, or narrowed to one topic,
 * author or month.
 */
public sealed interface Listing {
    record All() implements Listing {}

    record ByTopic(String topicKey) implements Listing {}

    record ByAuthor(String authorKey) implements Listing {}

    record InMonth(YearMonth month) implements Listing {}
}
