package org.tribune.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.content.ContentService;
import org.tribune.content.ContentStore;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionNotFound;
import org.tribune.content.EditionStatus;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.content.MovingClock;
import org.tribune.content.Named;
import org.tribune.content.RelatedArticles;
import org.tribune.content.Revision;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.zh.ChineseConversions;

/** The newsroom's store on both databases: states, revisions, freshness of translations, schedules. */
@ParameterizedClass
@EnumSource(Dialect.class)
class NewsroomServiceTest {
    private static final ChineseConversions CONVERSIONS = ChineseConversions.load();

    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private final MovingClock clock = new MovingClock(Fixtures.NOW);
    private TestDatabase db;
    private ContentService content;
    private NewsroomService newsroom;
    private NewsroomOverview overview;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, tempDir);
        var store = new ContentStore(db.database(), clock, CONVERSIONS);
        content = new ContentService(store, RelatedArticles.NONE);
        newsroom = new NewsroomService(store);
        overview = new NewsroomOverview(db.database());
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static EditionInput text(String id, Lang lang, String title, String body) {
        return new EditionInput(
                id, lang, title, "", body, null, null, List.of(new Named("jane-doe", "Jane Doe")), List.of());
    }

    @Test
    void a_new_edition_is_a_draft_readers_cannot_see_and_each_save_numbers_a_revision() {
        newsroom.save(text("ports", Lang.EN, "Ports", "One."), "mei");
        newsroom.save(text("ports", Lang.EN, "Ports", "One, revised."), "jane");
        newsroom.save(text("ports", Lang.EN, "Ports", "One, revised."), "jane");

        assertThat(newsroom.draft("ports", Lang.EN).orElseThrow().edition().status())
                .isEqualTo(EditionStatus.DRAFT);
        assertThat(content.article("ports", Lang.EN)).isEmpty();
        assertThat(newsroom.revisions("ports", Lang.EN))
                .extracting(Revision::number, Revision::savedBy)
                .containsExactly(Tuple.tuple(2, "jane"), Tuple.tuple(1, "mei"));
        assertThat(newsroom.draft("ports", Lang.EN).orElseThrow().createdBy()).isEqualTo("mei");
    }

    @Test
    void publishing_one_edition_leaves_the_others_as_they_were() {
        newsroom.save(text("ports", Lang.EN, "Ports", "One."), "mei");
        newsroom.save(text("ports", Lang.ZH_HANS, "港口", "一。"), "mei");

        newsroom.changeStatus("ports", Lang.EN, EditionStatus.PUBLISHED, null, "editor", "publish");

        assertThat(content.article("ports", Lang.EN)).isPresent();
        assertThat(content.article("ports", Lang.ZH_HANS)).isEmpty();
        assertThat(newsroom.draft("ports", Lang.EN).orElseThrow().edition().published())
                .isEqualTo(Fixtures.NOW);
        assertThat(newsroom.revisions("ports", Lang.EN).getFirst().note()).isEqualTo("publish");
    }

    @Test
    void a_derived_traditional_edition_follows_its_simplified_source_through_the_workflow() {
        newsroom.save(text("ports", Lang.ZH_HANS, "港口与头发", "干部。"), "mei");
        newsroom.changeStatus("ports", Lang.ZH_HANS, EditionStatus.PUBLISHED, null, "editor", "publish");

        assertThat(content.article("ports", Lang.ZH_HANT))
                .hasValueSatisfying(v -> assertThat(v.edition().title()).isEqualTo("港口與頭髮"));

        newsroom.changeStatus("ports", Lang.ZH_HANS, EditionStatus.WITHDRAWN, null, "editor", "withdraw");

        assertThat(content.article("ports", Lang.ZH_HANT)).isEmpty();
    }

    @Test
    void scheduled_editions_go_live_when_their_time_comes_and_not_before() {
        newsroom.save(text("ports", Lang.EN, "Ports", "One."), "mei");
        Instant at = Fixtures.NOW.plus(Duration.ofHours(3));
        newsroom.changeStatus("ports", Lang.EN, EditionStatus.SCHEDULED, at, "editor", "schedule");

        assertThat(newsroom.publishDue()).isZero();
        clock.advance(Duration.ofHours(3));
        assertThat(newsroom.publishDue()).isEqualTo(1);

        assertThat(content.article("ports", Lang.EN))
                .hasValueSatisfying(v -> assertThat(v.edition().published()).isEqualTo(at));
        assertThat(newsroom.publishDue()).isZero();
        assertThat(newsroom.revisions("ports", Lang.EN).getFirst().note()).isEqualTo("published on schedule");
    }

    @Test
    void imported_translations_fall_behind_when_their_source_is_imported_again_with_new_text() {
        content.save(Fixtures.edition("ports", Lang.EN, "2025-01-01T00:00:00Z", "trade"));
        content.save(Fixtures.edition("ports", Lang.ZH_HANS, "2025-01-01T00:00:00Z", "trade"));
        var filter = new NewsroomOverview.Filter("", "behind");
        assertThat(overview.list(filter, 1).total()).isZero();

        content.save(Fixtures.edition(
                "ports", Lang.EN, "Ports, rewritten", "2025-01-01T00:00:00Z", List.of("trade"), List.of("jane-doe")));

        var behind = overview.list(filter, 1);
        assertThat(behind.articles()).extracting(ArticleOverview::id).containsExactly("ports");
        assertThat(behind.articles().getFirst().in(Lang.ZH_HANS).behindSource()).isTrue();
        assertThat(behind.articles().getFirst().in(Lang.ZH_HANT).behindSource())
                .as("derived editions follow")
                .isFalse();

        newsroom.save(text("ports", Lang.ZH_HANS, "港口（改写）", "一。"), "mei", true);

        assertThat(overview.list(filter, 1).total()).isZero();
    }

    @Test
    void restoring_a_revision_saves_its_text_as_the_newest_revision() {
        newsroom.save(text("ports", Lang.EN, "Ports", "First text."), "mei");
        newsroom.save(text("ports", Lang.EN, "Ports", "Second text."), "mei");

        newsroom.restore("ports", Lang.EN, 1, "jane");

        assertThat(newsroom.draft("ports", Lang.EN).orElseThrow().edition().bodyMarkdown())
                .isEqualTo("First text.");
        assertThat(newsroom.revisions("ports", Lang.EN).getFirst())
                .satisfies(r -> assertThat(r.number()).isEqualTo(3))
                .satisfies(r -> assertThat(r.note()).isEqualTo("restored 1"));
        assertThatThrownBy(() -> newsroom.restore("ports", Lang.EN, 9, "jane")).isInstanceOf(EditionNotFound.class);
    }

    @Test
    void the_dashboard_filters_by_title_text_taken_literally_and_by_state() {
        newsroom.save(text("percent", Lang.EN, "Growth of 100% in a_year", "x"), "mei");
        newsroom.save(text("plain", Lang.EN, "Growth of 1000 in ayear", "x"), "mei");
        newsroom.save(text("chinese", Lang.ZH_HANS, "导弹试验", "x"), "mei");
        newsroom.changeStatus("plain", Lang.EN, EditionStatus.IN_REVIEW, null, "mei", "submit");

        assertThat(ids(new NewsroomOverview.Filter("100%", ""))).containsExactly("percent");
        assertThat(ids(new NewsroomOverview.Filter("a_y", ""))).containsExactly("percent");
        assertThat(ids(new NewsroomOverview.Filter("GROWTH", ""))).containsExactlyInAnyOrder("percent", "plain");
        assertThat(ids(new NewsroomOverview.Filter("导弹", ""))).containsExactly("chinese");
        assertThat(ids(new NewsroomOverview.Filter("", "in_review"))).containsExactly("plain");
        assertThat(ids(new NewsroomOverview.Filter("", "missing"))).hasSize(3);
        assertThatThrownBy(() -> ids(new NewsroomOverview.Filter("", "nonsense")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> ids(NewsroomOverview.Filter filter) {
        return overview.list(filter, 1).articles().stream()
                .map(ArticleOverview::id)
                .toList();
    }
}
