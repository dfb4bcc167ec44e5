package org.tribune.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tribune.content.Fixtures.NOW;
import static org.tribune.content.Fixtures.edition;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.zh.ChineseConversions;

/** The content store on both databases: the same assertions against SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Dialect.class)
class ContentServiceTest {
    /** Loaded once for the class: dictionaries are immutable and shared. */
    static final ChineseConversions CONVERSIONS = ChineseConversions.load();

    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    TestDatabase db;
    ContentStore store;
    ContentService content;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, tempDir);
        store = new ContentStore(db.database(), Clock.fixed(NOW, ZoneOffset.UTC), CONVERSIONS);
        content = new ContentService(store, RelatedArticles.NONE);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void a_saved_edition_reads_back_rendered_with_its_authors_topics_and_languages() {
        content.save(edition("korea", Lang.EN, "2025-03-04T00:00:00Z", "asia"));
        content.save(edition("korea", Lang.ZH_HANS, "2025-03-04T00:00:00Z", "asia"));

        ArticleView view = content.article("korea", Lang.ZH_HANS).orElseThrow();

        assertThat(view.edition().title()).isEqualTo("标题 korea");
        assertThat(view.edition().bodyHtml()).isEqualTo("<p>Body of <strong>标题 korea</strong>.</p>\n");
        assertThat(view.edition().origin()).isEqualTo(EditionOrigin.AUTHORED);
        assertThat(view.authors()).containsExactly(new Named("jane-doe", "jane-doe（简）"));
        assertThat(view.topics()).containsExactly(new Named("asia", "asia（简）"));
        assertThat(view.availableIn()).isEqualTo(Set.of(Lang.EN, Lang.ZH_HANS, Lang.ZH_HANT));
    }

    @Test
    void the_latest_of_a_listing_read_together_equal_each_article_read_alone() {
        content.save(edition("korea", Lang.EN, "Korea", "2025-03-04T00:00:00Z", List.of("asia"), List.of("jane-doe")));
        content.save(
                edition("korea", Lang.ZH_HANS, "韩国", "2025-03-04T00:00:00Z", List.of("asia"), List.of("jane-doe")));
        content.save(edition(
                "japan",
                Lang.EN,
                "Japan",
                "2025-03-06T00:00:00Z",
                List.of("asia", "trade"),
                List.of("jane-doe", "li-wei")));
        content.save(
                edition("chile", Lang.EN, "Chile", "2025-03-05T00:00:00Z", List.of("americas"), List.of("li-wei")));
        content.save(edition("later", Lang.EN, "Later", "2099-01-01T00:00:00Z", List.of("asia"), List.of("jane-doe")));

        List<ArticleView> latest = content.latest(new Listing.ByTopic("asia"), Lang.EN, 20);

        assertThat(latest).extracting(view -> view.edition().articleId()).containsExactly("japan", "korea");
        for (ArticleView view : latest) {
            assertThat(view)
                    .isEqualTo(content.articleWithoutRelated(view.edition().articleId(), Lang.EN)
                            .orElseThrow());
        }
        assertThat(content.latest(new Listing.All(), Lang.EN, 2))
                .extracting(view -> view.edition().articleId())
                .containsExactly("japan", "chile");
    }

    @Test
    void ranking_all_related_asks_once_for_each_article_readers_can_see() {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        var ranking = new ContentService(store, articleId -> {
            asked.add(articleId);
            return Optional.of(List.of());
        });
        ranking.save(edition("korea", Lang.EN, "2025-03-04T00:00:00Z", "asia"));
        ranking.save(edition("korea", Lang.ZH_HANS, "2025-03-04T00:00:00Z", "asia"));
        ranking.save(edition("japan", Lang.EN, "2025-03-05T00:00:00Z", "asia"));

        ranking.rankAllRelated();

        assertThat(asked).containsExactlyInAnyOrder("korea", "japan");
    }

    /**
     * The published editions are read once per state of the store: again after a write, and
     * again when an edition dated later than the reading comes into view, with no write at all.
     */
    @Test
    void published_stamps_are_read_again_after_a_write_or_when_a_dated_edition_comes_into_view() {
        content.save(edition("korea", Lang.EN, "2025-03-04T00:00:00Z", "asia"));
        content.save(edition("japan", Lang.EN, NOW.plusSeconds(3_600).toString(), "asia"));
        var published = new PublishedStamps(new ArticleRepository(db.database()), new EditionRepository(db.database()));

        var first = published.asOf(NOW);
        assertThat(first).extracting(EditionStamp::articleId).containsExactly("korea");
        assertThat(published.asOf(NOW.plusSeconds(60))).as("nothing changed").isSameAs(first);

        assertThat(published.asOf(NOW.plusSeconds(3_600)))
                .extracting(EditionStamp::articleId)
                .containsExactly("japan", "korea");

        content.save(edition("china", Lang.EN, "2025-03-05T00:00:00Z", "asia"));
        assertThat(published.asOf(NOW.plusSeconds(3_601)))
                .extracting(EditionStamp::articleId)
                .containsExactly("china", "japan", "korea");
    }

    @Test
    void site_stamps_tell_an_edit_from_a_move_in_the_listings() {
        content.save(edition("korea", Lang.EN, "Korea", "2025-03-04T00:00:00Z", List.of("asia"), List.of("jane-doe")));
        content.save(edition("japan", Lang.EN, "Japan", "2025-03-05T00:00:00Z", List.of("asia"), List.of("jane-doe")));
        SiteStamps before = content.siteStamps();
        assertThat(before.articles()).containsOnlyKeys("korea", "japan");
        assertThat(before.authors()).containsOnlyKeys("jane-doe");
        assertThat(before.topics()).containsOnlyKeys("asia");
        assertThat(content.siteStamps()).isEqualTo(before);

        content.save(edition(
                "korea", Lang.EN, "Korea, again", "2025-03-04T00:00:00Z", List.of("asia"), List.of("jane-doe")));
        SiteStamps edited = content.siteStamps();
        assertThat(edited.articles().get("korea").content())
                .isNotEqualTo(before.articles().get("korea").content());
        assertThat(edited.articles().get("korea").membership())
                .isEqualTo(before.articles().get("korea").membership());
        assertThat(edited.articles().get("japan")).isEqualTo(before.articles().get("japan"));

        content.save(edition(
                "korea",
                Lang.EN,
                "Korea, again",
                "2025-03-04T00:00:00Z",
                List.of("asia", "trade"),
                List.of("jane-doe")));
        SiteStamps retopiced = content.siteStamps();
        assertThat(retopiced.articles().get("korea").membership())
                .isNotEqualTo(edited.articles().get("korea").membership());
        assertThat(retopiced.topics()).containsOnlyKeys("asia", "trade");

        new AuthorTopicService(store)
                .update(
                        Taxonomy.AUTHORS,
                        new AuthorTopicEdit("jane-doe", Map.of(Lang.EN, "Jane Q. Doe"), Map.of(), null, null));
        SiteStamps renamed = content.siteStamps();
        assertThat(renamed.authors().get("jane-doe"))
                .isNotEqualTo(retopiced.authors().get("jane-doe"));
        assertThat(renamed.site()).isEqualTo(before.site());

        content.save(edition(
                "japan", Lang.EN, "Japan", "2025-03-05T00:00:00Z", List.of("asia"), List.of("jane-doe", "li-wei")));
        SiteStamps twoBylines = content.siteStamps();
        content.save(edition(
                "japan", Lang.EN, "Japan", "2025-03-05T00:00:00Z", List.of("asia"), List.of("li-wei", "jane-doe")));
        assertThat(content.siteStamps().articles().get("japan").content())
                .as("bylines in another order")
                .isNotEqualTo(twoBylines.articles().get("japan").content());
    }

    @Test
    void a_simplified_edition_gets_a_traditional_edition_derived_at_phrase_level() {
        content.save(new EditionInput(
                "hair",
                Lang.ZH_HANS,
                "头发与干部",
                "午后的皇后",
                "[链接](https://example.com/头发) " + "`代码头发` 头发干燥，<span title=\"头发\">头发</span>",
                Instant.parse("2025-03-04T00:00:00Z"),
                null,
                List.of(new Named("zhou", "周发")),
                List.of(new Named("asia", "东亚"))));

        ArticleView hant = content.article("hair", Lang.ZH_HANT).orElseThrow();
        Edition derived = hant.edition();
        Edition source = content.article("hair", Lang.ZH_HANS).orElseThrow().edition();

        assertThat(derived.title()).isEqualTo("頭髮與幹部");
        assertThat(derived.summary()).isEqualTo("午後的皇后");
        assertThat(derived.bodyMarkdown())
                .isEqualTo("[鏈接](https://example.com/头发) `代码头发` 頭髮乾燥，" + "<span title=\"头发\">頭髮</span>");
        assertThat(derived.origin()).isEqualTo(EditionOrigin.DERIVED);
        assertThat(derived.derivedWith()).isEqualTo("s2tw");
        assertThat(derived.basedOnHash()).isEqualTo(source.sourceHash());
        assertThat(derived.published()).isEqualTo(source.published());
        assertThat(hant.authors()).containsExactly(new Named("zhou", "周發"));
        assertThat(hant.topics()).containsExactly(new Named("asia", "東亞"));
    }

    @Test
    void the_derived_edition_follows_its_source_until_a_person_writes_the_traditional_edition() {
        content.save(new EditionInput(
                "follow",
                Lang.ZH_HANS,
                "软件",
                "",
                "软件",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(),
                List.of()));
        content.save(new EditionInput(
                "follow",
                Lang.ZH_HANS,
                "软件更新",
                "",
                "软件更新",
                Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-02T00:00:00Z"),
                List.of(),
                List.of()));
        assertThat(content.article("follow", Lang.ZH_HANT)
                        .orElseThrow()
                        .edition()
                        .title())
                .isEqualTo("軟件更新");

        content.save(new EditionInput(
                "follow",
                Lang.ZH_HANT,
                "軟體更新（人工）",
                "",
                "手寫",
                Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-03T00:00:00Z"),
                List.of(),
                List.of()));
        content.save(new EditionInput(
                "follow",
                Lang.ZH_HANS,
                "软件再更新",
                "",
                "软件再更新",
                Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-04T00:00:00Z"),
                List.of(),
                List.of()));

        Edition kept = content.article("follow", Lang.ZH_HANT).orElseThrow().edition();
        assertThat(kept.title()).isEqualTo("軟體更新（人工）");
        assertThat(kept.origin()).isEqualTo(EditionOrigin.AUTHORED);
        assertThat(kept.derivedWith()).isNull();
    }

    @Test
    void a_batch_bringing_simplified_and_its_own_traditional_edition_derives_none_to_replace() {
        var simplified = edition("gift", Lang.ZH_HANS, "礼物", "2025-03-04T00:00:00Z", List.of(), List.of());
        var traditional = edition("gift", Lang.ZH_HANT, "禮物（人工）", "2025-03-04T00:00:00Z", List.of(), List.of());

        assertThat(content.saveAll(List.of(simplified, traditional)))
                .as("the Traditional edition is new, not an update of one derived a moment before")
                .containsExactly(SaveOutcome.CREATED, SaveOutcome.CREATED);

        Edition kept = content.article("gift", Lang.ZH_HANT).orElseThrow().edition();
        assertThat(kept.title()).isEqualTo("禮物（人工）");
        assertThat(kept.origin()).isEqualTo(EditionOrigin.AUTHORED);
        content.saveAll(List.of(edition("other", Lang.ZH_HANS, "礼物", "2025-03-04T00:00:00Z", List.of(), List.of())));
        assertThat(content.article("other", Lang.ZH_HANT)
                        .orElseThrow()
                        .edition()
                        .origin())
                .as("a batch with no Traditional edition still derives one")
                .isEqualTo(EditionOrigin.DERIVED);
    }

    @Test
    void a_glossary_term_wins_over_the_dictionaries_and_changing_it_derives_again() {
        content.save(new EditionInput(
                "trump",
                Lang.ZH_HANS,
                "特朗普的关税",
                "",
                "特朗普说。",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(),
                List.of()));
        assertThat(content.article("trump", Lang.ZH_HANT)
                        .orElseThrow()
                        .edition()
                        .title())
                .isEqualTo("特朗普的關稅");

        int rederived = new GlossaryService(store).put(new GlossaryEntry("特朗普", "川普", GlossaryEntry.ALL_REGIONS));

        assertThat(rederived).isEqualTo(1);
        Edition derived = content.article("trump", Lang.ZH_HANT).orElseThrow().edition();
        assertThat(derived.title()).isEqualTo("川普的關稅");
        assertThat(derived.bodyMarkdown()).isEqualTo("川普說。");
        assertThat(new GlossaryService(store).list()).containsExactly(new GlossaryEntry("特朗普", "川普", "all"));

        assertThat(new GlossaryService(store).remove("特朗普", "all")).isEqualTo(1);
        assertThat(content.article("trump", Lang.ZH_HANT)
                        .orElseThrow()
                        .edition()
                        .title())
                .isEqualTo("特朗普的關稅");
        assertThat(new GlossaryService(store).remove("特朗普", "all")).isEqualTo(-1);
    }

    @Test
    void choosing_another_traditional_variant_for_the_site_derives_every_derived_edition_again() {
        content.save(new EditionInput(
                "soft",
                Lang.ZH_HANS,
                "软件的恶性循环",
                "",
                "软件",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(),
                List.of()));
        content.save(new EditionInput(
                "hand",
                Lang.ZH_HANT,
                "人工",
                "",
                "人工",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(),
                List.of()));
        assertThat(content.traditionalVariant()).isEqualTo(TraditionalVariant.S2TW);
        assertThat(content.article("soft", Lang.ZH_HANT).orElseThrow().edition().title())
                .isEqualTo("軟件的惡性循環");

        assertThat(content.useTraditionalVariant(TraditionalVariant.S2TWP)).isEqualTo(1);
        assertThat(content.useTraditionalVariant(TraditionalVariant.S2TWP)).isZero();

        Edition derived = content.article("soft", Lang.ZH_HANT).orElseThrow().edition();
        assertThat(derived.title()).isEqualTo("軟體的惡性迴圈");
        assertThat(derived.derivedWith()).isEqualTo("s2twp");
        assertThat(new ContentService(db.database(), Clock.fixed(NOW, ZoneOffset.UTC)).traditionalVariant())
                .as("the choice is the site's, stored with it")
                .isEqualTo(TraditionalVariant.S2TWP);
        assertThat(content.article("hand", Lang.ZH_HANT).orElseThrow().edition().title())
                .isEqualTo("人工");
    }

    @Test
    void a_traditional_name_a_person_gave_is_kept_when_names_are_derived() {
        content.save(new EditionInput(
                "names",
                Lang.ZH_HANT,
                "標題",
                "",
                "內文",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(new Named("lin", "林文豪")),
                List.of()));
        content.save(new EditionInput(
                "other",
                Lang.ZH_HANS,
                "标题",
                "",
                "内文",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(new Named("lin", "林文浩")),
                List.of()));

        assertThat(content.article("other", Lang.ZH_HANT).orElseThrow().authors())
                .containsExactly(new Named("lin", "林文豪"));
    }

    @Test
    void saving_the_same_edition_twice_changes_nothing_and_saving_a_change_updates_it() {
        var first = edition("korea", Lang.EN, "2025-03-04T00:00:00Z", "asia");
        assertThat(content.save(first)).isEqualTo(SaveOutcome.CREATED);
        assertThat(content.save(first)).isEqualTo(SaveOutcome.UNCHANGED);

        var changed = new EditionInput(
                "korea",
                Lang.EN,
                "New title",
                first.summary(),
                first.bodyMarkdown(),
                first.published(),
                Instant.parse("2025-03-06T00:00:00Z"),
                first.authors(),
                first.topics());
        assertThat(content.save(changed)).isEqualTo(SaveOutcome.UPDATED);

        Edition stored = content.article("korea", Lang.EN).orElseThrow().edition();
        assertThat(stored.title()).isEqualTo("New title");
        assertThat(stored.updated()).isEqualTo(Instant.parse("2025-03-06T00:00:00Z"));
        assertThat(content.listing(new Listing.All(), Lang.EN, 1).total()).isEqualTo(1);
    }

    @Test
    void editions_published_in_the_future_or_without_a_date_are_not_shown_to_readers() {
        content.save(edition("later", Lang.EN, "2026-06-01T00:00:00Z", "asia"));
        content.save(new EditionInput("draft", Lang.EN, "Draft", "", "x", null, null, List.of(), List.of()));

        assertThat(content.article("later", Lang.EN)).isEmpty();
        assertThat(content.article("draft", Lang.EN)).isEmpty();
        assertThat(content.listing(new Listing.All(), Lang.EN, 1).total()).isZero();
    }

    @Test
    void listings_are_newest_first_per_language_and_paged_by_ten() {
        for (int i = 1; i <= 12; i++) {
            content.save(edition("a" + i, Lang.EN, "2025-01-%02dT00:00:00Z".formatted(i), i % 2 == 0 ? "even" : "odd"));
        }
        content.save(edition("a1", Lang.ZH_HANS, "2025-01-01T00:00:00Z", "odd"));

        ListingPage first = content.listing(new Listing.All(), Lang.EN, 1);
        ListingPage second = content.listing(new Listing.All(), Lang.EN, 2);

        assertThat(first.total()).isEqualTo(12);
        assertThat(first.items())
                .extracting(EditionTeaser::articleId)
                .startsWith("a12", "a11")
                .hasSize(10);
        assertThat(second.items()).extracting(EditionTeaser::articleId).containsExactly("a2", "a1");
        assertThat(second.hasNext()).isFalse();
        assertThat(first.items().getFirst().authors()).containsExactly(new Named("jane-doe", "jane-doe"));
        assertThat(content.listing(new Listing.ByTopic("even"), Lang.EN, 1).total())
                .isEqualTo(6);
        assertThat(content.listing(new Listing.ByAuthor("jane-doe"), Lang.ZH_HANS, 1)
                        .items())
                .extracting(EditionTeaser::articleId)
                .containsExactly("a1");
        assertThat(content.listing(new Listing.InMonth(YearMonth.of(2025, 1)), Lang.EN, 1)
                        .total())
                .isEqualTo(12);
        assertThat(content.listing(new Listing.InMonth(YearMonth.of(2025, 2)), Lang.EN, 1)
                        .total())
                .isZero();
    }

    @Test
    void a_listing_read_before_an_edit_or_a_scheduled_time_shows_the_change_after_it() {
        var clock = new MovingClock(NOW);
        var moving = new ContentService(new ContentStore(db.database(), clock, CONVERSIONS), RelatedArticles.NONE);
        for (int i = 1; i <= 11; i++) {
            moving.save(edition("a" + i, Lang.EN, "2025-01-%02dT00:00:00Z".formatted(i), "asia"));
        }
        moving.save(edition("due", Lang.EN, NOW.plus(Duration.ofHours(1)).toString(), "asia"));
        assertThat(moving.listing(new Listing.All(), Lang.EN, 2).items())
                .extracting(EditionTeaser::articleId)
                .containsExactly("a1");

        moving.save(edition("a0", Lang.EN, "2024-12-31T00:00:00Z", "asia"));
        assertThat(moving.listing(new Listing.All(), Lang.EN, 2).items())
                .extracting(EditionTeaser::articleId)
                .containsExactly("a1", "a0");
        assertThat(moving.listing(new Listing.ByTopic("asia"), Lang.EN, 1).total())
                .isEqualTo(12);

        clock.advance(Duration.ofHours(2));
        ListingPage first = moving.listing(new Listing.All(), Lang.EN, 1);
        assertThat(first.total()).isEqualTo(13);
        assertThat(first.items().getFirst().articleId()).isEqualTo("due");
        assertThat(moving.listing(new Listing.ByTopic("asia"), Lang.EN, 2).items())
                .extracting(EditionTeaser::articleId)
                .containsExactly("a2", "a1", "a0");
    }

    @Test
    void the_archive_counts_editions_per_month_in_one_language() {
        content.save(edition("jan", Lang.EN, "2025-01-31T23:59:59Z", "asia"));
        content.save(edition("feb", Lang.EN, "2025-02-01T00:00:00Z", "asia"));
        content.save(edition("feb2", Lang.EN, "2025-02-14T00:00:00Z", "asia"));
        content.save(edition("feb", Lang.ZH_HANS, "2025-02-01T00:00:00Z", "asia"));

        assertThat(content.archive(Lang.EN))
                .containsExactly(new MonthCount(YearMonth.of(2025, 2), 2), new MonthCount(YearMonth.of(2025, 1), 1));
    }

    @Test
    void related_articles_share_topics_stay_in_the_language_and_exclude_the_article_itself() {
        content.save(edition("main", Lang.EN, "Main", "2025-01-01T00:00:00Z", List.of("asia", "trade"), List.of("a")));
        content.save(edition("both", Lang.EN, "Both", "2024-01-01T00:00:00Z", List.of("asia", "trade"), List.of("a")));
        content.save(edition("one", Lang.EN, "One", "2025-01-02T00:00:00Z", List.of("asia"), List.of("a")));
        content.save(edition("none", Lang.EN, "None", "2025-01-03T00:00:00Z", List.of("europe"), List.of("a")));
        content.save(edition("chinese", Lang.ZH_HANS, "中文", "2025-01-03T00:00:00Z", List.of("asia"), List.of("a")));

        var related = content.article("main", Lang.EN).orElseThrow().related();

        assertThat(related).extracting(EditionTeaser::articleId).containsExactly("both", "one");
    }

    @Test
    void the_related_block_shows_the_first_ranked_articles_the_language_has_in_ranked_order() {
        // Ranked: the article itself, then twelve others of which only some have an English edition,
        // the first English ones far enough down that the first few ranked do not fill the block.
        List<String> ranked =
                IntStream.rangeClosed(1, 12).mapToObj(i -> "r" + i).toList();
        List<String> ranking = new ArrayList<>(List.of("main"));
        ranking.addAll(ranked);
        var service = new ContentService(store, articleId -> Optional.of(ranking));
        service.save(edition("main", Lang.EN, "2025-01-01T00:00:00Z", "asia"));
        for (int i = 1; i <= 12; i++) {
            boolean english = i == 2 || i >= 7;
            service.save(
                    edition("r" + i, english ? Lang.EN : Lang.ZH_HANS, "2024-01-%02dT00:00:00Z".formatted(i), "asia"));
        }

        assertThat(service.article("main", Lang.EN).orElseThrow().related())
                .extracting(EditionTeaser::articleId)
                .containsExactly("r2", "r7", "r8", "r9", "r10");
        // Fewer than the block holds in Chinese: the whole ranking is read, never the article itself.
        assertThat(service.article("r1", Lang.ZH_HANS).orElseThrow().related())
                .extracting(EditionTeaser::articleId)
                .containsExactly("r3", "r4", "r5", "r6");
    }

    @Test
    void untrusted_markup_in_titles_names_and_bodies_is_made_harmless_before_it_is_stored() {
        content.save(new EditionInput(
                "xss",
                Lang.EN,
                "<img src=x onerror=alert(1)>Title<script>alert(2)</script>",
                "<b>bold</b> summary",
                "Text <script>alert(3)</script><a href=\"javascript:alert(4)\">x</a>",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(new Named("eve", "Eve<script>alert(5)</script>")),
                List.of()));

        ArticleView view = content.article("xss", Lang.EN).orElseThrow();

        assertThat(view.edition().title()).isEqualTo("Title");
        assertThat(view.edition().summary()).isEqualTo("bold summary");
        assertThat(view.edition().bodyHtml()).doesNotContain("script", "javascript", "alert(3)");
        assertThat(view.authors()).containsExactly(new Named("eve", "Eve"));
    }

    @Test
    void invalid_input_is_refused_with_the_field_at_fault() {
        assertThatThrownBy(() -> content.save(edition("Not A Slug", Lang.EN, "2025-01-01T00:00:00Z", "asia")))
                .isInstanceOf(InvalidContent.class)
                .hasMessageStartingWith("id:");
        assertThatThrownBy(() -> content.save(
                        new EditionInput("ok", Lang.EN, " <b></b> ", "", "", null, null, List.of(), List.of())))
                .isInstanceOf(InvalidContent.class)
                .hasMessageStartingWith("title:");
        assertThatThrownBy(() -> content.save(new EditionInput(
                        "ok",
                        Lang.EN,
                        "T",
                        "",
                        "",
                        Instant.parse("2025-01-02T00:00:00Z"),
                        Instant.parse("2025-01-01T00:00:00Z"),
                        List.of(),
                        List.of())))
                .isInstanceOf(InvalidContent.class)
                .hasMessageStartingWith("updated:");
        assertThat(content.isEmpty()).isTrue();
    }

    @Test
    void every_write_moves_the_content_version_so_caches_elsewhere_notice() {
        long before = content.contentVersion();
        content.save(edition("korea", Lang.EN, "2025-03-04T00:00:00Z", "asia"));
        assertThat(content.contentVersion()).isGreaterThan(before);
    }

    @Test
    void derived_editions_use_the_characters_readers_in_taiwan_and_hong_kong_write_by_default() {
        content.save(new EditionInput(
                "native",
                Lang.ZH_HANS,
                "为了在这里看着",
                "",
                "他为此着急。",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(),
                List.of()));

        Edition derived = content.article("native", Lang.ZH_HANT).orElseThrow().edition();
        assertThat(derived.title()).isEqualTo("為了在這裡看著");
        assertThat(derived.bodyMarkdown()).isEqualTo("他為此著急。");
        assertThat(derived.derivedWith()).isEqualTo("s2tw");
    }

    @Test
    void editions_derived_with_another_default_before_an_upgrade_are_derived_again_with_the_sites_variant() {
        content.useTraditionalVariant(TraditionalVariant.S2T);
        content.save(new EditionInput(
                "older",
                Lang.ZH_HANS,
                "为了在这里",
                "",
                "正文。",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(),
                List.of()));
        assertThat(content.article("older", Lang.ZH_HANT)
                        .orElseThrow()
                        .edition()
                        .title())
                .isEqualTo("爲了在這裏");
        // A site that never chose: the variant was the old default, so nothing is stored.
        db.database().useHandle(h -> h.createUpdate("delete from site_setting where name = 'zh_hant_variant'")
                .execute());

        var upgraded = new ContentService(db.database(), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(upgraded.deriveAgainWhereVariantDiffers()).isEqualTo(1);
        assertThat(upgraded.deriveAgainWhereVariantDiffers()).isZero();

        Edition derived = upgraded.article("older", Lang.ZH_HANT).orElseThrow().edition();
        assertThat(derived.title()).isEqualTo("為了在這裡");
        assertThat(derived.derivedWith()).isEqualTo("s2tw");
    }

    @Test
    void derived_editions_quote_with_corner_brackets_outside_code_and_links() {
        content.save(new EditionInput(
                "quotes",
                Lang.ZH_HANS,
                "“新”政策",
                "他说“好”",
                "他说：“我们的‘底线’不变。” 代码 `“原样”` 与 [链接](https://example.com/“x”)。",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(),
                List.of()));

        Edition derived = content.article("quotes", Lang.ZH_HANT).orElseThrow().edition();
        assertThat(derived.title()).isEqualTo("「新」政策");
        assertThat(derived.summary()).isEqualTo("他說「好」");
        assertThat(derived.bodyMarkdown()).isEqualTo("他說：「我們的『底線』不變。」 代碼 `“原样”` 與 [鏈接](https://example.com/“x”)。");
    }

    @Test
    void a_traditional_edition_written_by_hand_quotes_with_corner_brackets_too() {
        content.save(new EditionInput(
                "by-hand",
                Lang.ZH_HANT,
                "“手寫”標題",
                "",
                "他說：“我們的‘底線’。” `“代碼”`",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(),
                List.of()));

        Edition saved = content.article("by-hand", Lang.ZH_HANT).orElseThrow().edition();
        assertThat(saved.title()).isEqualTo("「手寫」標題");
        assertThat(saved.bodyMarkdown()).isEqualTo("他說：「我們的『底線』。」 `“代碼”`");
    }

    @Test
    void a_site_that_keeps_the_source_quotes_derives_and_saves_them_as_written() {
        var keeping = new ContentService(
                new ContentStore(db.database(), Clock.fixed(NOW, ZoneOffset.UTC), CONVERSIONS, false),
                RelatedArticles.NONE);
        keeping.save(new EditionInput(
                "kept",
                Lang.ZH_HANS,
                "“新”政策",
                "",
                "正文。",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(),
                List.of()));
        keeping.save(new EditionInput(
                "typed",
                Lang.ZH_HANT,
                "“手寫”",
                "",
                "正文。",
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                List.of(),
                List.of()));

        assertThat(keeping.article("kept", Lang.ZH_HANT).orElseThrow().edition().title())
                .isEqualTo("“新”政策");
        assertThat(keeping.article("typed", Lang.ZH_HANT)
                        .orElseThrow()
                        .edition()
                        .title())
                .isEqualTo("“手寫”");
    }
}
