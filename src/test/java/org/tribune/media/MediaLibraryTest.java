package org.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.Fixtures;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

class MediaLibraryTest {
    @TempDir
    Path tempDir;

    private TestDatabase db;
    private MediaLibrary media;

    @BeforeEach
    void open() {
        db = TestDatabase.open(Dialect.SQLITE, tempDir);
        media = new MediaLibrary(db.database(), tempDir.resolve("media"), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static boolean holds(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void metadata_in_an_upload_does_not_survive_the_re_encoding() throws Exception {
        byte[] png = TestImages.pngWithText();
        byte[] jpeg = TestImages.jpegWithExif();
        assertThat(holds(png, TestImages.SECRET)).isTrue();
        assertThat(holds(jpeg, TestImages.SECRET)).isTrue();

        StoredImage cleanPng = media.store(png, "map.png", "mei");
        StoredImage cleanJpeg = media.store(jpeg, "photo.jpeg", "mei");

        assertThat(holds(Files.readAllBytes(media.file(cleanPng.fileName()).orElseThrow()), TestImages.SECRET))
                .isFalse();
        assertThat(holds(Files.readAllBytes(media.file(cleanJpeg.fileName()).orElseThrow()), TestImages.SECRET))
                .isFalse();
        assertThat(cleanPng.contentType()).isEqualTo("image/png");
        assertThat(cleanJpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(cleanJpeg.width()).isEqualTo(16);
        assertThat(cleanJpeg.markdown()).isEqualTo("![photo](" + cleanJpeg.path() + ")");
    }

    @Test
    void the_type_comes_from_the_content_not_the_name() {
        StoredImage image = media.store(TestImages.png(4, 4), "looks-like.jpg", "mei");

        assertThat(image.fileName()).endsWith(".png");
        assertThatThrownBy(() -> media.store("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "x.png", "mei"))
                .isInstanceOf(InvalidImage.class)
                .hasMessageContaining("PNG, JPEG or GIF");
        assertThatThrownBy(() -> media.store(new byte[0], "empty.png", "mei")).isInstanceOf(InvalidImage.class);
    }

    @Test
    void an_image_claiming_enormous_dimensions_is_refused_before_it_is_decoded() {
        assertThatThrownBy(() -> media.store(TestImages.pngClaiming(50_000, 50_000), "bomb.png", "mei"))
                .isInstanceOf(InvalidImage.class)
                .hasMessageContaining("megapixels");
    }

    @Test
    void the_same_image_uploaded_twice_is_stored_once_and_listed_once() {
        StoredImage first = media.store(TestImages.png(5, 5), "a.png", "mei");
        StoredImage second = media.store(TestImages.png(5, 5), "b.png", "jane");

        assertThat(second.fileName()).isEqualTo(first.fileName());
        assertThat(media.recent(10)).hasSize(1);
    }

    @Test
    void only_names_of_stored_files_are_ever_resolved() {
        StoredImage image = media.store(TestImages.png(3, 3), "a.png", "mei");

        assertThat(media.file(image.fileName())).isPresent();
        assertThat(media.file("../tribune.db")).isEmpty();
        assertThat(media.file("0".repeat(64) + ".png")).isEmpty();
        assertThat(media.file(null)).isEmpty();
    }
}
