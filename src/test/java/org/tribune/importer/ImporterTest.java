package org.tribune.importer;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.ContentService;
import org.tribune.content.Edition;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.content.Listing;
import org.tribune.content.Named;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

class ImporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tempDir;

    TestDatabase db;
    ContentService content;
    Importer importer;
    final List<ImportProblem> reported = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabase.open(Dialect.SQLITE, tempDir);
        content = new ContentService(db.database(), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        // A small batch size, so that good and bad lines share batches and batches fail and retry.
        importer = new Importer(content, 3);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void bad_lines_are_reported_once_with_file_line_and_reason_and_good_lines_still_land() {
        Path file = write(
                "mixed.jsonl",
                edition("alpha", "en", "Alpha"),
                "{not json",
                edition("alpha", "zh-Hans", "阿尔法"),
                edition("gamma", "fr", "Gamma"),
                "{\"id\": \"delta\", \"lang\": \"en\", \"body\": \"text\", \"published\": \"2025-03-04T00:00:00Z\"}",
                edition("Bad Id", "en", "Bad id"),
                edition("epsilon", "en", "Epsilon", "updated", "2025-03-01T00:00:00Z"),
                edition("zeta", "en", "Zeta", "authors", "x"),
                edition("beta", "en", "Beta"),
                edition("eta", "en", "Eta", "title", 5),
                "[1, 2]",
                edition("theta", "en", "Theta", "published", "yesterday"),
                edition("iota", "en", "Iota", "topics", List.of("asia")),
                edition("kappa", "zh-hans", "Kappa"));

        ImportReport report = importer.importPaths(List.of(file), reported::add);

        assertProblems(
                report,
                file,
                Map.ofEntries(
                        entry(2L, "not valid JSON"),
                        entry(4L, "lang: expected en, zh-Hans or zh-Hant, got 'fr'"),
                        entry(5L, "title: missing"),
                        entry(6L, "id: expected lowercase letters"),
                        entry(7L, "updated: must not be before published"),
                        entry(8L, "authors: expected a list"),
                        entry(10L, "title: expected a string, got number"),
                        entry(11L, "expected a JSON object"),
                        entry(12L, "published: expected an ISO-8601 date-time"),
                        entry(13L, "topics[0]: expected {\"key\": …, \"name\": …}, got string"),
                        entry(14L, "lang: expected en, zh-Hans or zh-Hant, got 'zh-hans'")));
        assertThat(report.ok()).isFalse();
        assertThat(report.created()).isEqualTo(3);
        assertThat(title("alpha", Lang.EN)).isEqualTo("Alpha");
        assertThat(title("alpha", Lang.ZH_HANS)).isEqualTo("阿尔法");
        assertThat(title("beta", Lang.EN)).isEqualTo("Beta");
        assertThat(content.listing(new Listing.All(), Lang.EN, 1).total()).isEqualTo(2);
        assertThat(content.findArticle("epsilon")).isEmpty();
    }

    @Test
    void blank_lines_and_a_byte_order_mark_are_tolerated_and_still_counted() {
        Path file = write(
                "bom.jsonl",
                "\uFEFF" + edition("alpha", "en", "Alpha"),
                "",
                "   \t",
                "{broken",
                edition("beta", "en", "Beta"),
                "");

        ImportReport report = importer.importPaths(List.of(file), reported::add);

        assertThat(reported).extracting(ImportProblem::line).containsExactly(4L);
        assertThat(report.created()).isEqualTo(2);
        assertThat(title("alpha", Lang.EN)).isEqualTo("Alpha");
    }

    @Test
    void a_line_naming_a_known_author_otherwise_is_imported_with_a_warning_and_the_name_is_kept() {
        Path file = write(
                "names.jsonl",
                edition("alpha", "en", "Alpha"),
                edition("beta", "en", "Beta", "authors", List.of(Map.of("key", "jane-doe", "name", "J. Doe"))),
                edition("gamma", "en", "Gamma", "authors", List.of(Map.of("key", "jane-doe"))));

        ImportReport report = importer.importPaths(List.of(file), reported::add);

        assertThat(report.ok()).isTrue();
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.line()).isEqualTo(2);
            assertThat(warning.reason())
                    .startsWith("authors[0].name: 'J. Doe' differs from the en name of author 'jane-doe', 'Jane Doe'");
        });
        assertThat(report.summary()).endsWith("1 author or topic names not applied (warnings above)");
        assertThat(content.author("jane-doe").orElseThrow().nameIn(Lang.EN)).isEqualTo("Jane Doe");
    }

    @Test
    void a_file_with_only_good_lines_is_ok() {
        Path file = write("good.jsonl", edition("alpha", "en", "Alpha"), edition("alpha", "zh-Hant", "阿爾法"));

        ImportReport report = importer.importPaths(List.of(file), reported::add);

        assertThat(report.ok()).isTrue();
        assertThat(reported).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.summary()).isEqualTo("2 editions imported (2 new, 0 updated, 0 unchanged), 0 failed");
    }

    @Test
    void invalid_utf8_costs_only_its_own_line_which_is_reported_by_number() throws IOException {
        String[] around = edition("beta", "en", "Caf\u00e9 BYTES").split("BYTES");
        var bytes = new ByteArrayOutputStream();
        bytes.write((edition("alpha", "en", "Alpha") + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(around[0].getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bytes.write((around[1] + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write((edition("gamma", "en", "Gamma") + "\n").getBytes(StandardCharsets.UTF_8));
        Path file = tempDir.resolve("latin1.jsonl");
        Files.write(file, bytes.toByteArray());

        ImportReport report = importer.importPaths(List.of(file), reported::add);

        assertThat(report.ok()).isFalse();
        assertThat(reported).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).isEqualTo("not valid UTF-8");
        });
        assertThat(content.findArticle("beta")).isEmpty();
        assertThat(content.findArticle("alpha")).isPresent();
        assertThat(content.findArticle("gamma")).isPresent();
    }

    @Test
    void reimporting_the_same_file_changes_nothing_and_a_changed_line_updates_its_edition() {
        String alpha = edition("alpha", "en", "Alpha");
        String beta = edition("beta", "en", "Beta");
        String betaZh = edition("beta", "zh-Hans", "贝塔");
        Path file = write("articles.jsonl", alpha, beta, betaZh);
        importer.importPaths(List.of(file), reported::add);

        ImportReport again = importer.importPaths(List.of(file), reported::add);

        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.created() + again.updated()).isZero();

        write("articles.jsonl", alpha, edition("beta", "en", "Beta, revised"), betaZh);
        ImportReport changed = importer.importPaths(List.of(file), reported::add);

        assertThat(reported).isEmpty();
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(2);
        assertThat(title("beta", Lang.EN)).isEqualTo("Beta, revised");
        assertThat(content.listing(new Listing.All(), Lang.EN, 1).total()).isEqualTo(2);
    }

    @Test
    void a_folder_of_markdown_files_imports_every_md_and_jsonl_file_at_any_depth() {
        Path folder = tempDir.resolve("content");
        write("content/korea.md", """
                ---
                id: stagnant-korea-policy
                lang: en
                title: Stagnant Korea Policy
                summary: Why nothing moves.
                published: 2025-03-04T00:00:00Z
                authors:
                  - key: jane-doe
                    name: Jane Doe
                topics:
                  - key: asia
                    name: Asia
                ---
                Nothing **moves**.
                """);
        write("content/2025/03/trade-talks.zh-Hans.md", """
                ---
                lang: zh-Hans
                title: 贸易谈判
                published: 2025-03-05
                ---
                第一行
                第二行
                """);
        write("content/more/lines.jsonl", edition("gamma", "en", "Gamma"));
        write("content/notes.txt", "not an article");
        write("content/data.json", "{\"id\": \"ignored\"}");
        write("content/more/README", "---\nlang: en\n---\n");

        ImportReport report = importer.importPaths(List.of(folder), reported::add);

        assertThat(reported).isEmpty();
        assertThat(report.created()).isEqualTo(3);
        Edition korea =
                content.article("stagnant-korea-policy", Lang.EN).orElseThrow().edition();
        assertThat(korea.title()).isEqualTo("Stagnant Korea Policy");
        assertThat(korea.summary()).isEqualTo("Why nothing moves.");
        assertThat(korea.published()).isEqualTo(Instant.parse("2025-03-04T00:00:00Z"));
        assertThat(korea.bodyHtml()).isEqualTo("<p>Nothing <strong>moves</strong>.</p>\n");
        assertThat(content.article("stagnant-korea-policy", Lang.EN)
                        .orElseThrow()
                        .authors())
                .containsExactly(new Named("jane-doe", "Jane Doe"));
        assertThat(content.findArticle("korea")).isEmpty();
        Edition talks =
                content.article("trade-talks", Lang.ZH_HANS).orElseThrow().edition();
        assertThat(talks.bodyHtml()).isEqualTo("<p>第一行第二行</p>\n");
        assertThat(talks.published()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        assertThat(title("gamma", Lang.EN)).isEqualTo("Gamma");
        assertThat(content.findArticle("ignored")).isEmpty();
    }

    @Test
    void a_markdown_file_without_front_matter_is_reported_and_the_rest_of_the_folder_lands() {
        write("content/plain.md", "# Just a heading\n\nNo front matter here.\n");
        write("content/good.md", "---\nlang: en\ntitle: Good\npublished: 2025-03-04T00:00:00Z\n---\nBody\n");
        Path plain = tempDir.resolve("content/plain.md");

        ImportReport report = importer.importPaths(List.of(tempDir.resolve("content")), reported::add);

        assertThat(reported)
                .singleElement()
                .hasToString(plain + ":1: expected YAML front matter between '---' lines at the top of the file");
        assertThat(report.problems()).isEqualTo(reported);
        assertThat(title("good", Lang.EN)).isEqualTo("Good");
    }

    @Test
    void a_markdown_file_named_for_its_language_needs_no_lang_field() {
        Path file = write(
                "essays/quiet-diplomacy.zh-Hans.md", "---\ntitle: 安静的外交\npublished: 2025-03-04T00:00:00Z\n---\n正文\n");
        Path unnamed = write("essays/no-language.md", "---\ntitle: Nothing\n---\nBody\n");

        importer.importPaths(List.of(file, unnamed), reported::add);

        assertThat(title("quiet-diplomacy", Lang.ZH_HANS)).isEqualTo("安静的外交");
        assertThat(reported).singleElement().hasToString(unnamed + ":1: lang: missing");
    }

    @Test
    void a_markdown_file_with_a_bad_field_is_reported_with_the_field() {
        Path file = write("broken.md", "---\nlang: fr\ntitle: Broken\n---\nBody\n");

        importer.importPaths(List.of(file), reported::add);

        assertThat(reported).singleElement().hasToString(file + ":1: lang: expected en, zh-Hans or zh-Hant, got 'fr'");
    }

    @Test
    void markdown_with_a_byte_order_mark_and_windows_line_endings_imports() {
        Path file = write(
                "windows.md",
                "\uFEFF---\r\nlang: en\r\ntitle: Windows\r\npublished: 2025-03-04\r\n---\r\nOne\r\ntwo\r\n");

        importer.importPaths(List.of(file), reported::add);

        assertThat(reported).isEmpty();
        Edition windows = content.article("windows", Lang.EN).orElseThrow().edition();
        assertThat(windows.title()).isEqualTo("Windows");
        assertThat(windows.bodyHtml()).isEqualTo("<p>One\ntwo</p>\n");
    }

    @Test
    void a_file_named_explicitly_with_another_extension_is_reported() {
        Path file = write("articles.csv", "id,lang,title");

        ImportReport report = importer.importPaths(List.of(file), reported::add);

        assertThat(report.ok()).isFalse();
        assertThat(reported)
                .singleElement()
                .hasToString(file + ":0: unsupported file type: expected .jsonl, .md or a WordPress export (.xml)");
    }

    @Test
    void a_path_that_does_not_exist_is_reported() {
        Path missing = tempDir.resolve("missing.jsonl");

        ImportReport report = importer.importPaths(List.of(missing), reported::add);

        assertThat(report.ok()).isFalse();
        assertThat(reported).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(missing.toString());
            assertThat(problem.reason()).isEqualTo("no such file or folder");
        });
    }

    @Test
    void json_lines_import_from_a_stream_naming_the_source_in_problems() {
        String lines = String.join(
                "\n", edition("alpha", "en", "Alpha"), "{\"id\": \"beta\"}", edition("alpha", "zh-Hant", "阿爾法"));

        ImportReport report = importer.importJsonLines(
                "demo/articles.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), reported::add);

        assertThat(report.created()).isEqualTo(2);
        assertThat(reported).singleElement().hasToString("demo/articles.jsonl:2: lang: missing");
        assertThat(report.problems()).isEqualTo(reported);
        assertThat(title("alpha", Lang.ZH_HANT)).isEqualTo("阿爾法");
    }

    @Test
    void a_line_dated_year_minus_one_or_9999_or_with_51_authors_is_rejected_naming_the_field() {
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Map.of("key", "a-" + i, "name", "A " + i));
        }
        Path file = write(
                "dates.jsonl",
                edition("ancient", "en", "Ancient", "published", "-000001-01-01T00:00:00Z"),
                edition("far", "en", "Far", "published", "9999-01-01T00:00:00Z"),
                edition("late", "en", "Late", "updated", "2300-01-01T00:00:00Z"),
                edition("crowd", "en", "Crowd", "authors", many),
                edition("fine", "en", "Fine"));

        ImportReport report = importer.importPaths(List.of(file), reported::add);

        assertProblems(
                report,
                file,
                Map.ofEntries(
                        entry(1L, "published: must be between 1800-01-01 and 2200-01-01"),
                        entry(2L, "published: must be between 1800-01-01 and 2200-01-01"),
                        entry(3L, "updated: must be between 1800-01-01 and 2200-01-01"),
                        entry(4L, "authors: lists 51; the limit is 50")));
        assertThat(report.created()).isEqualTo(1);
        assertThat(content.listing(new Listing.All(), Lang.EN, 1).total()).isEqualTo(1);
    }

    @Test
    void a_published_translation_whose_blocks_read_as_the_source_is_refused_unless_kept_or_published_anyway() {
        String english = "The navy sails weekly.\n\n> We will not yield.";
        Path file = write(
                "translations.jsonl",
                edition("strait", "en", "Strait", "body", english),
                edition("strait", "zh-Hans", "海峡", "body", english),
                edition("harbour", "en", "Harbour", "body", english),
                edition("harbour", "zh-Hans", "港口", "body", "海军每周航行。\n\n> We will not yield.", "keepAsIs", List.of(2)),
                edition("canal", "en", "Canal", "body", english),
                edition(
                        "canal",
                        "zh-Hans",
                        "运河",
                        "body",
                        "海军每周航行。\n\n> We will not yield.",
                        "publishUntranslated",
                        true));

        ImportReport report = importer.importPaths(List.of(file), reported::add);

        assertProblems(
                report,
                file,
                Map.of(2L, "body: blocks 1 and 2 still read as the source edition: translate, list under keepAsIs"));
        assertThat(content.articleWithoutRelated("harbour", Lang.ZH_HANS)).isPresent();
        assertThat(content.articleWithoutRelated("canal", Lang.ZH_HANS)
                        .orElseThrow()
                        .edition()
                        .bodyHtml())
                .contains("<blockquote lang=\"en\">")
                .doesNotContain("<p lang=\"en\">海军");
    }

    /** One import line; {@code overrides} are field names and values replacing or adding fields. */
    @Test
    void a_published_translation_whose_title_reads_as_the_source_is_refused_unless_kept() {
        Path file = write(
                "titles.jsonl",
                edition("sound", "en", "Sound", "body", "The navy sails weekly."),
                edition("sound", "zh-Hans", "Sound", "summary", "海峡。", "body", "海军每周航行。"),
                edition("bight", "en", "Bight", "body", "The navy sails weekly."),
                edition(
                        "bight",
                        "zh-Hans",
                        "Bight",
                        "summary",
                        "海湾。",
                        "body",
                        "海军每周航行。",
                        "keepAsIs",
                        List.of("title")));

        ImportReport report = importer.importPaths(List.of(file), reported::add);

        assertProblems(report, file, Map.of(2L, "title: the title still reads as the source edition"));
        assertThat(content.articleWithoutRelated("bight", Lang.ZH_HANS)).isPresent();
        assertThat(content.articleWithoutRelated("sound", Lang.ZH_HANS)).isEmpty();
    }

    private static String edition(String id, String lang, String title, Object... overrides) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("lang", lang);
        fields.put("title", title);
        fields.put("summary", "About " + title);
        fields.put("published", "2025-03-04T00:00:00Z");
        fields.put("authors", List.of(Map.of("key", "jane-doe", "name", "Jane Doe")));
        fields.put("topics", List.of(Map.of("key", "asia", "name", "Asia")));
        fields.put("body", "Body of " + title + ".");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put((String) overrides[i], overrides[i + 1]);
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String title(String id, Lang lang) {
        return content.article(id, lang)
                .orElseThrow(() -> new AssertionError(id + " in " + lang + " not stored"))
                .edition()
                .title();
    }

    private Path write(String name, String... lines) {
        Path file = tempDir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Exactly one problem per line named, reported as {@code file:line: reason}, and none for other lines. */
    private void assertProblems(ImportReport report, Path file, Map<Long, String> reasonByLine) {
        assertThat(reported).extracting(ImportProblem::line).containsExactlyInAnyOrderElementsOf(reasonByLine.keySet());
        for (ImportProblem problem : reported) {
            assertThat(problem.toString())
                    .startsWith(file + ":" + problem.line() + ": " + reasonByLine.get(problem.line()));
        }
        assertThat(report.problems()).isEqualTo(reported);
    }
}
