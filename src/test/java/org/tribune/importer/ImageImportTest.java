package org.tribune.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.ArticleImage;
import org.tribune.content.ContentService;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.media.MediaLibrary;
import org.tribune.media.StoredImage;
import org.tribune.media.TestImages;

/** JSON Lines records naming an article image by a path beside the file or by a media hash. */
class ImageImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tempDir;

    private TestDatabase db;
    private ContentService content;
    private MediaLibrary media;
    private Importer importer;
    private final List<ImportProblem> reported = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabase.open(Dialect.SQLITE, tempDir);
        Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
        content = new ContentService(db.database(), clock);
        media = new MediaLibrary(db.database(), tempDir.resolve("media"), clock);
        importer = new Importer(content, media);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String line(String id, String lang, Object image) throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("lang", lang);
        // Each language's own text: a translation whose title or body reads as its source's is refused.
        fields.put("title", "Title of " + id + " in " + lang);
        fields.put("published", "2025-03-04T00:00:00Z");
        fields.put("body", "Body in " + lang + ".");
        fields.put("image", image);
        return JSON.writeValueAsString(fields);
    }

    @Test
    void an_image_named_by_a_path_beside_the_file_is_stored_with_its_copies_and_given_alt_text_per_language()
            throws Exception {
        Files.createDirectories(tempDir.resolve("import/photos"));
        Files.write(tempDir.resolve("import/photos/harbour.jpg"), TestImages.jpeg(1000, 500));
        StoredImage stored = media.store(TestImages.png(600, 300), "map.png", "mei");
        Path file = tempDir.resolve("import/articles.jsonl");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        line(
                                "harbour",
                                "en",
                                Map.of(
                                        "src", "photos/harbour.jpg",
                                        "alt", "Cranes at dawn",
                                        "caption", "Busan.",
                                        "credit", "Mei Lin")),
                        line("harbour", "zh-Hans", Map.of("src", "photos/harbour.jpg", "alt", "黎明的起重机")),
                        line("map", "en", Map.of("src", stored.fileName().substring(0, 64), "alt", "A map")),
                        line("missing", "en", Map.of("src", "photos/nowhere.jpg", "alt", "Nothing")),
                        line("no-alt", "en", Map.of("src", "photos/harbour.jpg")),
                        line("not-an-image", "en", Map.of("src", "articles.jsonl", "alt", "Text"))));

        ImportReport report = importer.importPaths(List.of(file), reported::add);

        ArticleImage harbour = content.articleImage("harbour").orElseThrow();
        assertThat(harbour.alt(Lang.EN)).isEqualTo("Cranes at dawn");
        assertThat(harbour.alt(Lang.ZH_HANS)).isEqualTo("黎明的起重机");
        assertThat(harbour.caption(Lang.EN)).hasValue("Busan.");
        assertThat(harbour.credit()).isEqualTo("Mei Lin");
        assertThat(harbour.variants()).extracting(ArticleImage.Variant::width).containsExactly(240, 480, 960);
        assertThat(media.file(harbour.file())).isPresent();
        assertThat(content.articleImage("map").orElseThrow().file()).isEqualTo(stored.fileName());
        assertThat(report.ok()).isFalse();
        assertThat(reported).extracting(ImportProblem::line).containsExactly(4L, 5L, 6L);
        assertThat(reported.get(0).reason()).startsWith("image.src: neither a media hash nor a file");
        assertThat(reported.get(1).reason()).startsWith("image.alt: missing");
        assertThat(reported.get(2).reason()).startsWith("image.src: ").contains("PNG, JPEG or GIF");
        assertThat(content.findArticle("missing")).isEmpty();
    }

    @Test
    void a_stream_import_takes_media_hashes_and_refuses_paths() throws Exception {
        StoredImage stored = media.store(TestImages.jpeg(300, 200), "a.jpg", "mei");
        String lines = line("by-hash", "en", Map.of("src", stored.fileName().substring(0, 64), "alt", "A photo")) + "\n"
                + line("by-path", "en", Map.of("src", "photos/a.jpg", "alt", "A photo")) + "\n";

        new Importer(content)
                .importJsonLines(
                        "stream.jsonl",
                        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                        reported::add);

        assertThat(content.articleImage("by-hash")).isPresent();
        assertThat(reported).singleElement().satisfies(p -> assertThat(p.reason())
                .contains("no image photos/a.jpg in the media library"));
    }
}
