package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.content.EditionInput;
import org.tribune.content.Lang;
import org.tribune.content.Named;

/** Metadata made from untrusted titles never breaks out of its tags. */
class ArticleMetadataHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @Test
    void a_title_that_spells_a_closing_script_tag_stays_inside_the_json_ld() throws Exception {
        server.content()
                .save(new EditionInput(
                        "tricky",
                        Lang.EN,
                        "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; Title",
                        "&lt;b&gt;",
                        "Body.",
                        Instant.parse("2025-06-01T00:00:00Z"),
                        null,
                        List.of(new Named("eve", "Eve")),
                        List.of()));

        String html = server.get("/en/articles/tricky").body();
        var doc = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script>alert(1)");
        assertThat(doc.select("script")).hasSize(1);
        var jsonLd = new ObjectMapper()
                .readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.get("headline").asText()).isEqualTo("</script><script>alert(1)</script> Title");
        assertThat(doc.select("meta[property=og:title]").attr("content"))
                .isEqualTo(jsonLd.get("headline").asText());
    }
}
