package org.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.content.Fixtures;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/** The media library on both databases: cleaning, storing in the database, smaller copies, copies on disk. */
@ParameterizedClass
@EnumSource(Dialect.class)
class MediaLibraryTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private TestDatabase db;
    private MediaLibrary media;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, tempDir);
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

    @Test
    void smaller_copies_are_made_at_upload_for_each_width_narrower_than_the_image() throws Exception {
        StoredImage image = media.store(TestImages.jpeg(1200, 800), "wide.jpg", "mei");

        assertThat(media.variantWidths(image.fileName())).containsExactly(240, 480, 960);
        for (int width : List.of(240, 480, 960)) {
            String variant = image.fileName().replace(".jpg", "-" + width + "w.jpg");
            BufferedImage copy = ImageIO.read(media.file(variant).orElseThrow().toFile());
            assertThat(copy.getWidth()).isEqualTo(width);
            assertThat(copy.getHeight()).isEqualTo(width * 2 / 3);
        }
        StoredImage small = media.store(TestImages.png(200, 100), "small.png", "mei");
        assertThat(media.variantWidths(small.fileName())).isEmpty();
    }

    @Test
    void a_png_keeps_its_format_and_transparency_in_its_smaller_copies() throws Exception {
        StoredImage image = media.store(TestImages.transparentPng(600, 300), "logo.png", "mei");

        String variant = image.fileName().replace(".png", "-480w.png");
        BufferedImage copy = ImageIO.read(media.file(variant).orElseThrow().toFile());
        assertThat(copy.getWidth()).isEqualTo(480);
        assertThat(copy.getColorModel().hasAlpha()).isTrue();
        assertThat(copy.getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void images_are_kept_in_the_database_so_a_node_without_the_files_serves_them() throws Exception {
        StoredImage image = media.store(TestImages.jpeg(700, 400), "harbour.jpg", "mei");
        var otherNode = new MediaLibrary(
                db.database(), tempDir.resolve("other-node-media"), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));

        Path served = otherNode.file(image.fileName()).orElseThrow();
        Path variant =
                otherNode.file(image.fileName().replace(".jpg", "-480w.jpg")).orElseThrow();

        assertThat(served).startsWith(tempDir.resolve("other-node-media"));
        assertThat(Files.readAllBytes(served))
                .isEqualTo(Files.readAllBytes(media.file(image.fileName()).orElseThrow()));
        assertThat(ImageIO.read(variant.toFile()).getWidth()).isEqualTo(480);
    }

    @Test
    void images_kept_only_in_the_data_folder_are_copied_into_the_database_with_their_smaller_copies() throws Exception {
        StoredImage image = media.store(TestImages.jpeg(1000, 500), "old.jpg", "mei");
        byte[] bytes = Files.readAllBytes(media.file(image.fileName()).orElseThrow());
        db.database().useHandle(h -> {
            h.execute("delete from media_variant");
            h.execute("delete from media_content");
        });
        var otherNode = new MediaLibrary(
                db.database(), tempDir.resolve("other-node-media"), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        assertThat(otherNode.file(image.fileName())).isEmpty();

        assertThat(media.copyFolderIntoDatabase()).isEqualTo(1);
        assertThat(media.copyFolderIntoDatabase()).isZero();

        assertThat(Files.readAllBytes(otherNode.file(image.fileName()).orElseThrow()))
                .isEqualTo(bytes);
        assertThat(media.variantWidths(image.fileName())).containsExactly(240, 480, 960);
    }

    @Test
    void an_image_is_found_by_its_file_name_its_address_or_its_bare_hash() {
        StoredImage image = media.store(TestImages.png(30, 20), "a.png", "mei");
        String hash = image.fileName().substring(0, 64);

        assertThat(media.find(image.fileName())).hasValue(image);
        assertThat(media.find(image.path())).hasValue(image);
        assertThat(media.find(hash)).hasValue(image);
        assertThat(media.find("0".repeat(64))).isEmpty();
        assertThat(media.find("../tribune.db")).isEmpty();
    }
}
