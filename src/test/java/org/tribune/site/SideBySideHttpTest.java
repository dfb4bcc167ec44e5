package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribune.app.TestServer;
import org.tribune.content.EditionInput;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.content.SideBySide;

/** Reading two editions side by side ({@code /{lang}/articles/{slug}/parallel/{other}}) through real HTTP. */
class SideBySideHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    private static final Instant PUBLISHED = Instant.parse("2023-05-01T00:00:00Z");

    /** An article whose English source gained an opening paragraph after it was translated. */
    @BeforeAll
    static void a_source_changed_since_its_translation() {
        var authors = List.of(new Named("jane-doe", "Jane Doe"));
        server.content().save(edition(Lang.EN, "Harbour Talks", "First point.\n\nSecond point.", authors));
        server.content().save(edition(Lang.ZH_HANS, "港口谈判", "第一点。\n\n第二点。", List.of(new Named("jane-doe", "简·多伊"))));
        server.content()
                .save(edition(Lang.EN, "Harbour Talks", "A new opening.\n\nFirst point.\n\nSecond point.", authors));
    }

    private static EditionInput edition(Lang lang, String title, String body, List<Named> authors) {
        return new EditionInput("harbour-talks", lang, title, "", body, PUBLISHED, null, authors, List.of());
    }

    private static Document page(String path) {
        var response = server.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.body(), server.uri(path).toString());
    }

    private static List<List<String>> pairs(Document doc) {
        return doc.select(".pairs .pair").stream()
                .map(pair ->
                        pair.select("> .pair-block").stream().map(Element::text).toList())
                .toList();
    }

    @Test
    void each_block_carries_its_editions_language_and_sits_beside_its_counterpart() {
        Document doc = page("/en/articles/alliance-drift/parallel/zh-hans");

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Alliance Drift in the Pacific");
        assertThat(doc.selectFirst("h1").closest(".pair-block").attr("lang")).isEqualTo("en");
        assertThat(doc.selectFirst(".pair-title").text()).isEqualTo("太平洋同盟的漂移");
        assertThat(doc.selectFirst(".pair-title").closest(".pair-block").attr("lang"))
                .isEqualTo("zh-Hans");
        for (Element pair : doc.select(".pairs .pair")) {
            assertThat(pair.select("> .pair-block").eachAttr("lang")).containsExactly("en", "zh-Hans");
        }
        assertThat(pairs(doc).subList(0, 3))
                .containsExactly(
                        List.of("Partners hedge when promises blur.", "承诺模糊时，伙伴便会两面下注。"),
                        List.of("What changed", "变化何在"),
                        List.of("A table:", "演习次数逐年增加。"));
        assertThat(doc.select(".pairs h2").eachText()).containsExactly("What changed", "变化何在");
        assertThat(doc.select(".pairs [id]"))
                .as("no ids repeated across the two editions")
                .isEmpty();
    }

    @Test
    void blocks_are_paired_by_the_desks_alignment_when_the_source_changed_after_the_translation() {
        Document doc = page("/zh-hans/articles/harbour-talks/parallel/en");

        assertThat(pairs(doc))
                .containsExactly(
                        List.of("", "A new opening."),
                        List.of("第一点。", "First point."),
                        List.of("第二点。", "Second point."));
        assertThat(doc.select(".pairs .pair").first().selectFirst(".pair-empty").attr("lang"))
                .isEqualTo("zh-Hans");
    }

    @Test
    void the_page_is_not_for_search_engines_and_names_its_own_edition_as_canonical() {
        Document doc = page("/zh-hant/articles/alliance-drift/parallel/en");

        assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(doc.select("link[rel=canonical]").attr("href"))
                .isEqualTo(server.uri("/zh-hant/articles/alliance-drift").toString());
        assertThat(doc.select("link[rel=alternate][hreflang]")).isEmpty();
        assertThat(doc.select(".side-by-side-editions a").eachAttr("href"))
                .containsExactly("/zh-hant/articles/alliance-drift", "/en/articles/alliance-drift");
        assertThat(doc.select("script")).as("reads without JavaScript").isEmpty();
    }

    @Test
    void the_article_pages_language_switch_links_to_reading_beside_each_other_edition() {
        Document doc = page("/en/articles/alliance-drift");

        assertThat(doc.select("meta[name=robots]")).isEmpty();
        assertThat(doc.select(".site-header nav.side-by-side-switch a").eachAttr("href"))
                .containsExactly(
                        "/en/articles/alliance-drift/parallel/zh-hans", "/en/articles/alliance-drift/parallel/zh-hant");
        assertThat(doc.select("nav.side-by-side-switch").attr("aria-label")).isEqualTo("Side by side");

        Document sideBySide = page("/en/articles/alliance-drift/parallel/zh-hant");
        assertThat(sideBySide
                        .select("nav.side-by-side-switch [aria-current=page]")
                        .text())
                .isEqualTo("English and 繁體");
        assertThat(sideBySide.select("nav.side-by-side-switch a").eachAttr("href"))
                .containsExactly("/en/articles/alliance-drift/parallel/zh-hans");
    }

    @Test
    void an_article_in_one_language_offers_no_side_by_side_reading() {
        Document doc = page("/en/articles/english-only");

        assertThat(doc.select("nav.side-by-side-switch")).isEmpty();
        assertThat(server.get("/en/articles/english-only/parallel/zh-hans").statusCode())
                .isEqualTo(404);
    }

    @Test
    void each_pairing_reads_as_its_mirror_with_the_columns_swapped() {
        List<SideBySide> pairings = server.content().sideBySides("alliance-drift");

        assertThat(pairings).hasSize(6);
        for (SideBySide pairing : pairings) {
            Lang first = pairing.first().edition().lang();
            Lang second = pairing.second().edition().lang();
            SideBySide mirror = pairings.stream()
                    .filter(m -> m.first().edition().lang() == second
                            && m.second().edition().lang() == first)
                    .findFirst()
                    .orElseThrow();
            assertThat(pairing.blocks()).isNotEmpty();
            assertThat(mirror.blocks())
                    .as("%s beside %s", second, first)
                    .containsExactlyElementsOf(pairing.blocks().stream()
                            .map(pair -> new SideBySide.BlockPair(pair.secondHtml(), pair.firstHtml()))
                            .toList());
        }
    }

    @Test
    void a_pairing_page_made_together_with_another_is_the_page_made_on_its_own() {
        String asked = "/zh-hant/articles/alliance-drift/parallel/zh-hans";
        String madeWith =
                server.get("/en/articles/alliance-drift/parallel/zh-hans").body();
        String together = server.get(asked).body();
        // Any change drops the cached pages: the page is then made first.
        server.content()
                .save(new EditionInput(
                        "cache-dropped", Lang.EN, "Cache Dropped", "", "Text.", PUBLISHED, null, List.of(), List.of()));
        String alone = server.get(asked).body();

        assertThat(madeWith).isNotEqualTo(together);
        assertThat(together).isEqualTo(alone);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/articles/alliance-drift/parallel/en",
                "/en/articles/alliance-drift/parallel/xx",
                "/en/articles/alliance-drift/parallel/zh-Hans",
                "/en/articles/no-such-article/parallel/zh-hans",
                "/en/articles/Bad_Slug/parallel/zh-hans"
            })
    void an_address_naming_no_pair_of_published_editions_is_404_in_the_readers_language(String path) {
        var response = server.get(path, "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).selectFirst("html").attr("lang"))
                .isEqualTo("en");
    }
}
