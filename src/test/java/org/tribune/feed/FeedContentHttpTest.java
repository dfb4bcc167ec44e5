package org.tribune.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;

/** Feeds carry each article's summary, or, when the site says so, its whole body. */
class FeedContentHttpTest {
    @RegisterExtension
    static TestServer summaries = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static TestServer full = TestServer.withFixture("/fixtures/journal.jsonl")
            .tunedWithRealClock(settings -> settings.withFeedFullContent(true));

    private static JsonNode item(TestServer server, String id) throws Exception {
        for (JsonNode item :
                new ObjectMapper().readTree(server.get("/en/feed.json").body()).get("items")) {
            if (item.get("url").asText().endsWith("/en/articles/" + id)) {
                return item;
            }
        }
        throw new AssertionError("no item for " + id);
    }

    private static SyndEntry atomEntry(TestServer server, String id) throws Exception {
        var feed = new SyndFeedInput()
                .build(new StringReader(server.get("/en/feed.xml").body()));
        return feed.getEntries().stream()
                .filter(e -> e.getLink().endsWith("/en/articles/" + id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + id));
    }

    @Test
    void by_default_entries_carry_the_summary_and_not_the_body() throws Exception {
        JsonNode item = item(summaries, "alliance-drift");
        SyndEntry entry = atomEntry(summaries, "alliance-drift");

        assertThat(item.has("content_html")).isFalse();
        assertThat(item.get("summary").asText()).isEqualTo("Why partners hedge.");
        assertThat(entry.getContents()).isEmpty();
    }

    @Test
    void with_full_content_entries_carry_the_rendered_body() throws Exception {
        JsonNode item = item(full, "alliance-drift");
        SyndEntry entry = atomEntry(full, "alliance-drift");

        assertThat(item.get("content_html").asText()).startsWith("<").contains("</p>");
        assertThat(entry.getContents()).isNotEmpty();
        assertThat(entry.getContents().getFirst().getValue())
                .isEqualTo(item.get("content_html").asText());
    }
}
