package org.tribune.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/**
 * Any sequence of edition saves, with any author and topic names, leaves every existing author's
 * and topic's names as they were: a save may add a name in a language the entity had none in, and
 * create entities with new keys, but never changes a name an entity has.
 */
class EditionSavesKeepNamesPropertiesTest {
    private static final List<String> AUTHOR_KEYS = List.of("ann", "bo", "chen", "dara");
    private static final List<String> TOPIC_KEYS = List.of("asia", "trade", "energy");
    private static final Path FOLDER = temporaryFolder();

    record Save(String articleId, Lang lang, List<Named> authors, List<Named> topics) {
        EditionInput input() {
            return new EditionInput(
                    articleId,
                    lang,
                    "Title",
                    "",
                    "Body.",
                    Instant.parse("2025-01-01T00:00:00Z"),
                    null,
                    authors,
                    topics);
        }
    }

    @Property(tries = 40)
    void any_sequence_of_edition_saves_leaves_every_existing_entitys_names_unchanged(
            @ForAll("saves") List<Save> saves) {
        try (TestDatabase db = TestDatabase.open(Dialect.SQLITE, FOLDER)) {
            var store = new ContentStore(
                    db.database(), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC), ContentServiceTest.CONVERSIONS);
            var content = new ContentService(store, RelatedArticles.NONE);
            var entities = new AuthorTopicService(store);
            entities.create(
                    Taxonomy.AUTHORS,
                    new AuthorTopicEdit("ann", Map.of(Lang.EN, "Ann", Lang.ZH_HANS, "安"), Map.of(), null, null));
            entities.create(
                    Taxonomy.TOPICS, new AuthorTopicEdit("asia", Map.of(Lang.ZH_HANT, "亞洲"), Map.of(), null, null));

            for (Save save : saves) {
                Map<String, Map<Lang, String>> before = names(content);
                try {
                    content.save(save.input());
                } catch (InvalidContent refused) {
                    // An unknown key without a name is refused; the store must be as it was.
                }
                Map<String, Map<Lang, String>> after = names(content);
                before.forEach((entity, names) -> assertThat(after.get(entity))
                        .as("names of %s after %s", entity, save)
                        .containsAllEntriesOf(names));
            }
        }
    }

    /** Every author's and topic's names now, as {@code author:key} and {@code topic:key}. */
    private static Map<String, Map<Lang, String>> names(ContentService content) {
        Map<String, Map<Lang, String>> all = new HashMap<>();
        AUTHOR_KEYS.forEach(k -> content.author(k).ifPresent(a -> all.put("author:" + k, a.names())));
        TOPIC_KEYS.forEach(k -> content.topic(k).ifPresent(t -> all.put("topic:" + k, t.names())));
        return all;
    }

    @Provide
    Arbitrary<List<Save>> saves() {
        Arbitrary<Save> save = Combinators.combine(
                        Arbitraries.of("x", "y", "z"),
                        Arbitraries.of(Lang.class),
                        references(AUTHOR_KEYS),
                        references(TOPIC_KEYS))
                .as(Save::new);
        return save.list().ofMinSize(1).ofMaxSize(8);
    }

    private static Arbitrary<List<Named>> references(List<String> keys) {
        Arbitrary<String> name = Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of("Ann", "安", "安妮", "Trade", "贸易", "貿易", " ", "<b>Bo</b>", "Chen & Co"),
                Arbitraries.strings().withChars("abc简繁 <>&").ofMinLength(0).ofMaxLength(6));
        return Combinators.combine(Arbitraries.of(keys), name)
                .as(Named::new)
                .list()
                .ofMaxSize(3)
                .uniqueElements(Named::key);
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("tribune-names-property");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
