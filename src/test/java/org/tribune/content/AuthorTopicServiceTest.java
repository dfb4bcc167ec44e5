package org.tribune.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tribune.content.Fixtures.NOW;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/** Authors and topics as entities, on both databases: names per language, derivation, merging. */
@ParameterizedClass
@EnumSource(Dialect.class)
class AuthorTopicServiceTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    TestDatabase db;
    ContentStore store;
    ContentService content;
    AuthorTopicService entities;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, tempDir);
        store = new ContentStore(db.database(), Clock.fixed(NOW, ZoneOffset.UTC), ContentServiceTest.CONVERSIONS);
        content = new ContentService(store, RelatedArticles.NONE);
        entities = new AuthorTopicService(store);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static EditionInput edition(String id, Lang lang, List<Named> authors, List<Named> topics) {
        return new EditionInput(
                id, lang, "Title " + id, "", "Body.", Instant.parse("2025-03-04T00:00:00Z"), null, authors, topics);
    }

    @Test
    void an_author_made_in_the_newsroom_has_names_bios_affiliation_and_photo_and_a_derived_traditional_name() {
        entities.create(
                Taxonomy.AUTHORS,
                new AuthorTopicEdit(
                        "zhou-fa",
                        Map.of(Lang.EN, "Zhou Fa", Lang.ZH_HANS, "周发"),
                        Map.of(Lang.EN, "Writes on trade.", Lang.ZH_HANS, "研究贸易与头发。"),
                        "Senior fellow",
                        "ab.png"));

        Author zhou = entities.author("zhou-fa").orElseThrow();
        assertThat(zhou.names())
                .containsExactlyInAnyOrderEntriesOf(Map.of(Lang.EN, "Zhou Fa", Lang.ZH_HANS, "周发", Lang.ZH_HANT, "周發"));
        assertThat(zhou.bioIn(Lang.ZH_HANT)).isEqualTo("研究貿易與頭髮。");
        assertThat(zhou.affiliation()).isEqualTo("Senior fellow");
        assertThat(zhou.photo()).isEqualTo("ab.png");
        assertThat(zhou.traditionalDerived()).isTrue();
        assertThat(content.author("zhou-fa")).contains(zhou);

        entities.update(
                Taxonomy.AUTHORS,
                new AuthorTopicEdit(
                        "zhou-fa",
                        Map.of(Lang.EN, "Zhou Fa", Lang.ZH_HANS, "周发", Lang.ZH_HANT, "周法"),
                        Map.of(),
                        "",
                        ""));
        Author byHand = entities.author("zhou-fa").orElseThrow();
        assertThat(byHand.nameIn(Lang.ZH_HANT)).isEqualTo("周法");
        assertThat(byHand.traditionalDerived()).isFalse();
        assertThat(byHand.affiliation()).isNull();
        assertThat(byHand.bios()).isEmpty();
    }

    @Test
    void a_topic_has_a_description_per_language_and_keys_must_be_new_and_well_formed() {
        entities.create(
                Taxonomy.TOPICS,
                new AuthorTopicEdit(
                        "energy", Map.of(Lang.EN, "Energy"), Map.of(Lang.EN, "Power and fuel."), null, null));

        assertThat(entities.topic("energy").orElseThrow().descriptionIn(Lang.EN))
                .isEqualTo("Power and fuel.");
        assertThatThrownBy(() -> entities.create(
                        Taxonomy.TOPICS, new AuthorTopicEdit("energy", Map.of(Lang.EN, "Again"), Map.of(), null, null)))
                .isInstanceOf(InvalidContent.class)
                .hasMessageContaining("taken");
        assertThatThrownBy(() -> entities.create(
                        Taxonomy.TOPICS, new AuthorTopicEdit("Not A Key", Map.of(Lang.EN, "X"), Map.of(), null, null)))
                .isInstanceOf(InvalidContent.class)
                .hasMessageStartingWith("key:");
        assertThatThrownBy(() -> entities.create(
                        Taxonomy.TOPICS, new AuthorTopicEdit("nameless", Map.of(), Map.of(), null, null)))
                .isInstanceOf(InvalidContent.class)
                .hasMessageStartingWith("names:");
        assertThat(entities.topic("nameless")).isEmpty();
    }

    @Test
    void an_edition_names_a_new_key_into_being_and_never_renames_a_known_one() {
        content.save(
                edition("ports", Lang.ZH_HANS, List.of(new Named("li-wei", "李伟")), List.of(new Named("trade", "贸易"))));

        List<SaveResult> results = content.saveReporting(
                List.of(edition(
                        "ports-2",
                        Lang.ZH_HANS,
                        List.of(new Named("li-wei", "Li Wei")),
                        List.of(new Named("trade", null), new Named("shipping", "航运")))),
                List.of(EditionStatus.PUBLISHED));

        assertThat(results.getFirst().ignoredNames())
                .containsExactly(
                        new IgnoredName("authors[0].name", Taxonomy.AUTHORS, "li-wei", Lang.ZH_HANS, "Li Wei", "李伟"));
        assertThat(content.author("li-wei").orElseThrow().names())
                .containsExactlyInAnyOrderEntriesOf(Map.of(Lang.ZH_HANS, "李伟", Lang.ZH_HANT, "李偉"));
        assertThat(content.topic("shipping").orElseThrow().names())
                .containsExactlyInAnyOrderEntriesOf(Map.of(Lang.ZH_HANS, "航运", Lang.ZH_HANT, "航運"));
        assertThat(content.article("ports-2", Lang.ZH_HANS).orElseThrow().topics())
                .containsExactly(new Named("trade", "贸易"), new Named("shipping", "航运"));

        content.save(edition("ports", Lang.EN, List.of(new Named("li-wei", "Li Wei")), List.of()));
        assertThat(content.author("li-wei").orElseThrow().nameIn(Lang.EN))
                .as("a language the author had no name in takes the edition's")
                .isEqualTo("Li Wei");
        assertThatThrownBy(() -> content.save(edition("ports", Lang.EN, List.of(new Named("nobody", null)), List.of())))
                .isInstanceOf(InvalidContent.class)
                .hasMessageStartingWith("authors[0].name:");
    }

    @Test
    void merging_moves_every_byline_keeps_missing_names_and_the_old_key_answers_for_the_new_one() {
        content.save(edition("a", Lang.EN, List.of(new Named("wei-li", "Wei Li")), List.of()));
        content.save(edition(
                "b", Lang.EN, List.of(new Named("li-wei", "Li Wei"), new Named("wei-li", "Wei Li")), List.of()));
        content.save(edition("c", Lang.ZH_HANS, List.of(new Named("wei-li", "李伟")), List.of()));

        entities.merge(Taxonomy.AUTHORS, "wei-li", "li-wei");

        assertThat(content.author("wei-li")).isEmpty();
        assertThat(content.mergedInto(Taxonomy.AUTHORS, "wei-li")).contains("li-wei");
        assertThat(content.author("li-wei").orElseThrow().names())
                .containsExactlyInAnyOrderEntriesOf(Map.of(Lang.EN, "Li Wei", Lang.ZH_HANS, "李伟", Lang.ZH_HANT, "李偉"));
        assertThat(content.article("a", Lang.EN).orElseThrow().authors())
                .containsExactly(new Named("li-wei", "Li Wei"));
        assertThat(content.article("b", Lang.EN).orElseThrow().authors())
                .containsExactly(new Named("li-wei", "Li Wei"));
        assertThat(entities.articleCounts(Taxonomy.AUTHORS)).containsExactlyInAnyOrderEntriesOf(Map.of("li-wei", 3));

        content.save(edition("d", Lang.EN, List.of(new Named("wei-li", "Wei Li")), List.of()));
        assertThat(content.article("d", Lang.EN).orElseThrow().authors())
                .as("an edition naming the old key names the author it was merged into")
                .containsExactly(new Named("li-wei", "Li Wei"));
        assertThat(content.author("wei-li")).isEmpty();
        assertThatThrownBy(() -> entities.create(
                        Taxonomy.AUTHORS, new AuthorTopicEdit("wei-li", Map.of(Lang.EN, "W"), Map.of(), null, null)))
                .isInstanceOf(InvalidContent.class)
                .hasMessageContaining("taken");
        assertThatThrownBy(() -> entities.merge(Taxonomy.AUTHORS, "li-wei", "li-wei"))
                .isInstanceOf(InvalidContent.class);
    }
}
