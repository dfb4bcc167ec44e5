package org.tribune.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tribune.content.Lang;

/**
 * A feed as every format shows it, assembled once from published content; the writers only
 * change its notation. All addresses are absolute.
 *
 * @param pageUrl the HTML page the feed follows (home, topic or author page)
 * @param feedUrls this feed's own address in each format, for self links
 * @param publisher the journal itself, named in the feed's language
 * @param updated the latest change among the entries; null when there are none
 */
record AssembledFeed(
        Lang lang,
        String title,
        String subtitle,
        String pageUrl,
        Map<FeedFormat, String> feedUrls,
        Person publisher,
        Instant updated,
        List<Entry> entries) {

    AssembledFeed {
        feedUrls = Map.copyOf(feedUrls);
        entries = List.copyOf(entries);
    }

    String feedUrl(FeedFormat format) {
        return feedUrls.get(format);
    }

    /** The latest first publication among the entries; null when there are none. */
    Instant published() {
        return entries.stream().map(Entry::published).max(Instant::compareTo).orElse(null);
    }

    /**
     * One edition.
     *
     * @param summary plain text, possibly empty
     * @param contentHtml the sanitized body, or null when the feed carries summaries only
     * @param updated the writer's last change; never before {@code published}
     * @param image the article's image, or null when it has none
     */
    record Entry(
            String url,
            String title,
            String summary,
            String contentHtml,
            Instant published,
            Instant updated,
            List<Person> authors,
            List<Category> categories,
            Image image) {

        Entry {
            authors = List.copyOf(authors);
            categories = List.copyOf(categories);
        }
    }

    /**
     * An entry's image: one copy of it, at an absolute address.
     *
     * @param bytes its length, which RSS enclosures must state
     * @param alt what it shows in the feed's language; empty when nobody wrote it
     */
    record Image(String url, String contentType, long bytes, int width, int height, String alt) {}

    /** @param url the person's page on the site */
    record Person(String name, String url) {}

    /**
     * A topic.
     *
     * @param key the topic's key, the same in every language
     * @param label its name in the feed's language
     * @param scheme the address under which topic pages live; {@code scheme + key} is the topic's page
     */
    record Category(String key, String label, String scheme) {}
}
