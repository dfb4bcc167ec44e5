package org.tribune.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) through Jackson. */
final class JsonFeedWriter implements FeedFormat.FeedWriter {
    static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final JsonInclude.Include NON_NULL = JsonInclude.Include.NON_NULL;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(NON_NULL, NON_NULL))
            .build();

    @Override
    public byte[] write(AssembledFeed feed) {
        var json = new JsonFeed(
                VERSION,
                feed.title(),
                feed.pageUrl(),
                feed.feedUrl(FeedFormat.JSON),
                feed.subtitle(),
                feed.lang().tag(),
                List.of(author(feed.publisher())),
                feed.entries().stream().map(JsonFeedWriter::item).toList());
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the JSON Feed", e);
        }
    }

    private static JsonItem item(AssembledFeed.Entry e) {
        String summary = e.summary().isEmpty() ? null : e.summary();
        // An item needs content_html or content_text: the summary stands in when bodies are left out.
        String text = e.contentHtml() != null ? null : summary != null ? summary : e.title();
        return new JsonItem(
                e.url(),
                e.url(),
                e.title(),
                e.contentHtml(),
                text,
                summary,
                e.image() == null ? null : e.image().url(),
                date(e.published()),
                date(e.updated()),
                e.authors().stream().map(JsonFeedWriter::author).toList(),
                e.categories().stream().map(AssembledFeed.Category::label).toList());
    }

    private static JsonAuthor author(AssembledFeed.Person p) {
        return new JsonAuthor(p.name(), p.url());
    }

    /** RFC 3339, to the second. */
    private static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    record JsonFeed(
            String version,
            String title,
            String homePageUrl,
            String feedUrl,
            String description,
            String language,
            List<JsonAuthor> authors,
            List<JsonItem> items) {}

    record JsonItem(
            String id,
            String url,
            String title,
            String contentHtml,
            String contentText,
            String summary,
            String image,
            String datePublished,
            String dateModified,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonAuthor> authors,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags) {}

    record JsonAuthor(String name, String url) {}
}
