package org.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribune.content.Lang;
import org.tribune.content.SourceHash;
import org.tribune.zh.ChineseConversions;

class SearchIndexTest {
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    private static final ChineseConversions ZH = ChineseConversions.load();
    private static SearchIndex index;

    @BeforeAll
    static void fill() {
        index = SearchIndex.inMemory(ZH, Clock.fixed(NOW, ZoneOffset.UTC));
        put(
                "missile-test",
                Lang.EN,
                "A missile over the sea",
                "Pyongyang tests again.",
                "The Hwasong-12 missile flew for 30 minutes.",
                "2024-05-01");
        put("missile-test", Lang.ZH_HANS, "海上的导弹", "平壤再次试射。", "火星-12型导弹（Hwasong-12）飞行了30分钟。", "2024-05-01");
        put("missile-test", Lang.ZH_HANT, "海上的導彈", "平壤再次試射。", "火星-12型導彈（Hwasong-12）飛行了30分鐘。", "2024-05-01");
        put("trade", Lang.EN, "Trade winds", "Supply chains move.", "Ports and <tariffs> & shipping.", "2023-01-01");
        put("trade", Lang.ZH_HANS, "贸易风向", "供应链在移动。", "港口与关税。", "2023-01-01");
        put("trade", Lang.ZH_HANT, "貿易風向", "供應鏈在移動。", "港口與關稅。", "2023-01-01");
        put("scheduled", Lang.EN, "Missile defence tomorrow", "", "A missile shield.", "2030-01-01");
        index.publish();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static void put(String id, Lang lang, String title, String summary, String body, String day) {
        Instant at = Instant.parse(day + "T00:00:00Z");
        index.put(new SearchDocument(
                id,
                lang,
                title,
                summary,
                body,
                List.of("Jane Doe"),
                List.of("Security"),
                at,
                SourceHash.of(title, summary, body)));
    }

    private static List<String> ids(Lang lang, String q) {
        return index.search(lang, q, 1, 10).hits().stream()
                .map(SearchHit::articleId)
                .toList();
    }

    @Test
    void english_words_match_their_stems() {
        assertThat(ids(Lang.EN, "missiles")).containsExactly("missile-test");
        assertThat(ids(Lang.EN, "Tariff")).containsExactly("trade");
    }

    @Test
    void traditional_and_simplified_queries_find_the_same_chinese_articles_in_each_language() {
        for (String q : List.of("導彈", "导弹")) {
            List<SearchHit> hans = index.search(Lang.ZH_HANS, q, 1, 10).hits();
            List<SearchHit> hant = index.search(Lang.ZH_HANT, q, 1, 10).hits();
            assertThat(hans).extracting(SearchHit::articleId).containsExactly("missile-test");
            assertThat(hans).extracting(SearchHit::lang).containsOnly(Lang.ZH_HANS);
            assertThat(hant).extracting(SearchHit::articleId).containsExactly("missile-test");
            assertThat(hant).extracting(SearchHit::lang).containsOnly(Lang.ZH_HANT);
            assertThat(hant.getFirst().titleHtml()).isEqualTo("海上的<mark>導彈</mark>");
            assertThat(hans.getFirst().titleHtml()).isEqualTo("海上的<mark>导弹</mark>");
        }
        assertThat(ids(Lang.ZH_HANT, "關稅")).containsExactly("trade");
        assertThat(ids(Lang.ZH_HANS, "關稅")).containsExactly("trade");
    }

    @Test
    void each_language_sees_only_its_own_editions() {
        assertThat(ids(Lang.EN, "导弹")).isEmpty();
        assertThat(ids(Lang.ZH_HANS, "missile")).isEmpty();
    }

    @Test
    void mixed_latin_names_and_numbers_stay_findable() {
        assertThat(ids(Lang.EN, "Hwasong-12")).containsExactly("missile-test");
        assertThat(ids(Lang.ZH_HANS, "Hwasong-12")).containsExactly("missile-test");
        assertThat(ids(Lang.ZH_HANT, "hwasong 12")).containsExactly("missile-test");
    }

    @Test
    void snippets_mark_matches_and_escape_everything_else() {
        SearchHit hit = index.search(Lang.EN, "shipping", 1, 10).hits().getFirst();
        assertThat(hit.snippetHtml()).contains("&lt;tariffs&gt; &amp; <mark>shipping</mark>");
        assertThat(index.search(Lang.EN, "missiles", 1, 10).hits().getFirst().snippetHtml())
                .contains("<mark>missile</mark>");
    }

    @Test
    void editions_not_yet_published_are_not_found() {
        assertThat(ids(Lang.EN, "shield")).isEmpty();
    }

    @Test
    void results_count_and_pages() {
        SearchResults all = index.search(Lang.EN, "missile trade", 1, 1);
        assertThat(all.total()).isZero();
        SearchResults page = index.search(Lang.EN, "jane", 2, 1);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.hits()).hasSize(1);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void a_passage_cut_from_a_longer_body_says_so_and_a_title_is_marked_whole() {
        String body = "Opening words about nothing in particular. ".repeat(8)
                + "The convoy crossed the strait at dawn. " + "Closing words about nothing in particular. ".repeat(8);
        try (var own = SearchIndex.inMemory(ZH, Clock.fixed(NOW, ZoneOffset.UTC))) {
            own.put(document("convoy", Lang.EN, "Convoy & <strait>", "A summary.", body));
            own.publish();
            SearchHit hit = own.search(Lang.EN, "convoy strait", 1, 10).hits().getFirst();
            assertThat(hit.titleHtml()).isEqualTo("<mark>Convoy</mark> &amp; &lt;<mark>strait</mark>&gt;");
            assertThat(hit.snippetHtml())
                    .startsWith("…")
                    .endsWith("…")
                    .contains("<mark>convoy</mark>")
                    .contains("<mark>strait</mark>");
            assertThat(hit.snippetHtml().replaceAll("<[^>]+>", "").length())
                    .isBetween(Snippets.FRAGMENT_CHARS_EN / 2, Snippets.FRAGMENT_CHARS_EN * 2);
        }
    }

    @Test
    void every_edition_has_a_norm_in_every_text_field_yet_only_its_own_language_counts_in_the_statistics() {
        index.withSearcher(searcher -> {
            for (String base :
                    List.of(Analysis.TITLE, Analysis.SUMMARY, Analysis.BODY, Analysis.NAMES, Analysis.TOPICS)) {
                for (Lang lang : List.of(Lang.EN, Lang.ZH_HANS)) {
                    String field = Analysis.field(base, lang);
                    for (var leaf : searcher.getIndexReader().leaves()) {
                        var norms = leaf.reader().getNormValues(field);
                        assertThat(norms).as(field).isNotNull();
                        assertThat(norms.cost())
                                .as(field + " norms")
                                .isEqualTo(leaf.reader().maxDoc());
                    }
                    // Two English and four Chinese editions have text; base statistics on them alone.
                    var stats = searcher.collectionStatistics(field);
                    long withText = base.equals(Analysis.SUMMARY) && lang == Lang.EN ? 2 : lang == Lang.EN ? 3 : 4;
                    assertThat(stats == null ? 0 : stats.docCount())
                            .as(field + " documents")
                            .isEqualTo(withText);
                }
            }
            return null;
        });
    }

    @Test
    void a_body_is_found_by_words_past_its_kept_opening_and_its_passage_comes_from_the_opening() throws Exception {
        String opening = "The harbour master counted the ships at first light. ";
        String body = opening.repeat(Snippets.MAX_CHARS_TO_MARK / opening.length() + 10)
                + "Far below, the word quartermaster appears once.";
        try (var own = SearchIndex.inMemory(ZH, Clock.fixed(NOW, ZoneOffset.UTC))) {
            own.put(document("harbour", Lang.EN, "Harbour notes", "", body));
            own.publish();

            assertThat(own.search(Lang.EN, "quartermaster", 1, 10).hits())
                    .extracting(SearchHit::articleId)
                    .containsExactly("harbour");
            SearchHit byOpening = own.search(Lang.EN, "ships", 1, 10).hits().getFirst();
            assertThat(byOpening.snippetHtml()).contains("<mark>ships</mark>");
        }
        var kept = HitText.of(document("harbour", Lang.EN, "Harbour notes", "", body));
        assertThat(kept.bodyOpening()).isEqualTo(body.substring(0, Snippets.MAX_CHARS_TO_MARK));
        assertThat(HitText.fromBytes(kept.toBytes())).isEqualTo(kept);
        String pairAtTheCut = "a".repeat(Snippets.MAX_CHARS_TO_MARK - 1) + "𠀀" + "tail";
        assertThat(HitText.of(document("pair", Lang.EN, "t", "", pairAtTheCut)).bodyOpening())
                .endsWith("𠀀")
                .hasSize(Snippets.MAX_CHARS_TO_MARK + 1);
    }

    @Test
    void a_match_in_names_alone_shows_the_whole_title_unmarked_and_the_summary() {
        SearchHit hit = index.search(Lang.EN, "jane trade", 1, 10).hits().getFirst();
        assertThat(hit.articleId()).isEqualTo("trade");
        assertThat(hit.titleHtml()).isEqualTo("<mark>Trade</mark> winds");
        SearchHit byName = index.search(Lang.EN, "jane", 1, 10).hits().getLast();
        assertThat(byName.snippetHtml()).doesNotContain("<mark>").isIn("Supply chains move.", "Pyongyang tests again.");
        assertThat(byName.titleHtml()).doesNotContain("<mark>").isIn("Trade winds", "A missile over the sea");
    }

    @Test
    void beyond_the_counting_limit_the_total_is_a_lower_bound_and_pages_stop_at_the_last_served() {
        try (var own = SearchIndex.inMemory(ZH, Clock.fixed(NOW, ZoneOffset.UTC))) {
            for (int i = 0; i <= SearchIndex.EXACT_COUNT_UP_TO + 20; i++) {
                own.put(document("harbour-" + i, Lang.EN, "Harbour " + i, "", "The harbour, day " + i + "."));
            }
            own.put(document("quay", Lang.EN, "Quay", "", "A quay and a harbour."));
            own.publish();
            SearchResults many = own.search(Lang.EN, "harbour", 1, 10);
            assertThat(many.totalExact()).isFalse();
            assertThat(many.total()).isEqualTo(SearchIndex.EXACT_COUNT_UP_TO);
            assertThat(many.hits()).hasSize(10);
            assertThat(many.pageCount()).isEqualTo(SearchIndex.MAX_PAGE);
            assertThat(own.search(Lang.EN, "harbour", SearchIndex.MAX_PAGE, 10).hits())
                    .hasSize(10);
            SearchResults few = own.search(Lang.EN, "quay", 1, 10);
            assertThat(few.totalExact()).isTrue();
            assertThat(few.total()).isEqualTo(1);
            assertThat(own.count(Lang.EN, "harbour")).isEqualTo(SearchIndex.EXACT_COUNT_UP_TO + 22);
        }
    }

    @Test
    void up_to_the_counting_limit_the_total_is_exact() {
        try (var own = SearchIndex.inMemory(ZH, Clock.fixed(NOW, ZoneOffset.UTC))) {
            for (int i = 0; i < SearchIndex.EXACT_COUNT_UP_TO; i++) {
                own.put(document("harbour-" + i, Lang.EN, "Harbour " + i, "", "The harbour, day " + i + "."));
            }
            own.publish();
            SearchResults all = own.search(Lang.EN, "harbour", 3, 10);
            assertThat(all.totalExact()).isTrue();
            assertThat(all.total()).isEqualTo(SearchIndex.EXACT_COUNT_UP_TO);
            assertThat(all.hits()).hasSize(10);

            own.put(document("harbour-one-more", Lang.EN, "Harbour again", "", "The harbour once more."));
            own.publish();
            SearchResults more = own.search(Lang.EN, "harbour", 1, 10);
            assertThat(more.totalExact()).isFalse();
            assertThat(more.total()).isEqualTo(SearchIndex.EXACT_COUNT_UP_TO);
            assertThat(own.search(Lang.EN, "harbour", 1, 10, SearchFilter.of(null, null, "1999"))
                            .total())
                    .isZero();
        }
    }

    @Test
    void the_source_hashes_kept_in_memory_change_only_when_writes_are_published() {
        try (var own = SearchIndex.inMemory(ZH, Clock.fixed(NOW, ZoneOffset.UTC))) {
            own.put(document("convoy", Lang.EN, "Convoy", "", "Ships."));
            own.publish();
            assertThat(own.indexedSourceHashes()).containsOnlyKeys("convoy|en");

            own.put(document("harbour", Lang.EN, "Harbour", "", "Quays."));
            own.put(document("convoy", Lang.EN, "Convoy again", "", "More ships."));
            own.removeKey("convoy|en");
            assertThat(own.indexedSourceHashes())
                    .as("before publishing")
                    .isEqualTo(own.readIndexedSourceHashes())
                    .containsOnlyKeys("convoy|en");
            own.publish();
            assertThat(own.indexedSourceHashes())
                    .isEqualTo(own.readIndexedSourceHashes())
                    .containsOnlyKeys("harbour|en");

            own.clear();
            own.put(document("quay", Lang.EN, "Quay", "", "Stones."));
            assertThat(own.indexedSourceHashes()).containsOnlyKeys("harbour|en");
            own.publish();
            assertThat(own.indexedSourceHashes())
                    .isEqualTo(own.readIndexedSourceHashes())
                    .containsOnlyKeys("quay|en");
        }
    }

    @Test
    void an_index_opened_again_reads_its_source_hashes_from_the_documents(@TempDir Path dir) {
        var convoy = document("convoy", Lang.EN, "Convoy", "", "Ships.");
        try (var first = SearchIndex.open(dir, ZH, Clock.systemUTC())) {
            first.put(convoy);
            first.publish();
        }
        try (var again = SearchIndex.open(dir, ZH, Clock.systemUTC())) {
            assertThat(again.indexedSourceHashes()).isEqualTo(Map.of("convoy|en", convoy.sourceHash()));
        }
    }

    private static SearchDocument document(String id, Lang lang, String title, String summary, String body) {
        Instant at = NOW.minusSeconds(86_400);
        return new SearchDocument(
                id,
                lang,
                title,
                summary,
                body,
                List.of("Jane Doe"),
                List.of("Security"),
                at,
                SourceHash.of(title, summary, body));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "\"",
                "\"missile",
                "AND",
                "OR NOT",
                "*",
                "?",
                "~",
                "missile~2",
                "(",
                ")",
                "+-&&||!",
                "title:missile",
                "[a TO z]",
                "{}",
                "\\",
                "/",
                "the",
                "\u0000\u0007missile",
                "\uD800",
                "導彈\uDC00",
                "a\u200Bb",
                "%",
                "<script>alert(1)</script>"
            })
    void bad_queries_never_throw(String q) {
        assertThatCode(() -> {
                    for (Lang lang : Lang.values()) {
                        index.search(lang, q, 1, 10);
                    }
                })
                .doesNotThrowAnyException();
    }

    @Test
    void very_long_queries_are_cut_and_answered() {
        String q = "missile ".repeat(5_000);
        assertThat(SearchQuery.clean(q)).hasSizeLessThanOrEqualTo(SearchQuery.MAX_CHARS);
        assertThat(ids(Lang.EN, q)).containsExactly("missile-test");
    }

    @Test
    void an_unreadable_index_is_replaced_by_an_empty_one(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("segments_1"), "not an index");
        try (var reopened = SearchIndex.open(dir, ZH, Clock.systemUTC())) {
            assertThat(reopened.wasCreated()).isTrue();
            assertThat(reopened.size()).isZero();
        }
        try (var again = SearchIndex.open(dir, ZH, Clock.systemUTC())) {
            assertThat(again.wasCreated()).isFalse();
        }
    }
}
