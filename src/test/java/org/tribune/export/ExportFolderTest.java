package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFolderTest {
    @TempDir
    Path root;

    private void put(String file) throws Exception {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, file);
    }

    @Test
    void everything_but_the_kept_files_goes_with_the_folders_it_leaves_empty() throws Exception {
        put("en/index.html");
        put("en/articles/kept/index.html");
        put("en/articles/gone/index.html");
        put("en/articles/gone/old.css");
        put("zh-hans/articles/gone/index.html");
        put("stray.txt");
        Files.createDirectories(root.resolve("empty/inside"));
        var folder = new ExportFolder(root.toAbsolutePath().normalize());

        int deleted = folder.deleteAllBut(Set.of("en/index.html", "en/articles/kept/index.html"));

        assertThat(deleted).isEqualTo(4);
        assertThat(root.resolve("en/index.html")).hasContent("en/index.html");
        assertThat(root.resolve("en/articles/kept/index.html")).exists();
        assertThat(root.resolve("en/articles/gone")).doesNotExist();
        assertThat(root.resolve("zh-hans")).doesNotExist();
        assertThat(root.resolve("stray.txt")).doesNotExist();
        assertThat(root.resolve("empty")).doesNotExist();
        assertThat(root).isDirectory();
    }

    @Test
    void a_file_is_written_only_when_its_bytes_change_and_never_outside_the_folder() throws Exception {
        var folder = new ExportFolder(root.toAbsolutePath().normalize());
        byte[] page = "<p>page</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(folder.write("en/a/index.html", page)).isTrue();
        assertThat(folder.write("en/a/index.html", page)).isFalse();
        assertThat(folder.write("en/a/index.html", "<p>new</p>".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(root.resolve("en/a/index.html")).hasContent("<p>new</p>");
        assertThatThrownBy(() -> folder.write("../outside.html", page)).isInstanceOf(IllegalStateException.class);
        assertThat(root.resolveSibling("outside.html")).doesNotExist();
    }

    @Test
    void a_folder_removed_by_tidying_is_made_again_for_the_next_file_and_no_partial_file_stays() throws Exception {
        var folder = new ExportFolder(root.toAbsolutePath().normalize());
        byte[] page = "<p>page</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(folder.write("en/gone/index.html", page)).isTrue();
        assertThat(folder.deleteAllBut(Set.of())).isEqualTo(1);
        assertThat(root.resolve("en")).doesNotExist();

        assertThat(folder.write("en/gone/index.html", page)).isTrue();
        assertThat(folder.deleteGone(Set.of("en/gone/index.html"))).isEqualTo(1);
        assertThat(folder.write("en/gone/again/index.html", page)).isTrue();

        assertThat(root.resolve("en/gone/again/index.html")).hasContent("<p>page</p>");
        try (var files = Files.walk(root)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void a_text_file_gets_a_gzipped_copy_rewritten_with_it_and_deleted_with_it() throws Exception {
        var folder = new ExportFolder(root.toAbsolutePath().normalize());
        byte[] page = "<p>page</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
        Path copy = root.resolve("en/a/index.html.gz");

        assertThat(folder.write("en/a/index.html", page)).isTrue();
        assertThat(folder.write("media/a.png", new byte[] {1, 2, 3})).isTrue();
        assertThat(gunzip(copy)).isEqualTo(page);
        assertThat(Files.size(copy)).isLessThan(page.length / 5);
        assertThat(root.resolve("media/a.png.gz")).doesNotExist();
        FileTime written = Files.getLastModifiedTime(copy);

        assertThat(folder.write("en/a/index.html", page)).isFalse();
        assertThat(Files.getLastModifiedTime(copy))
                .as("left alone with its file")
                .isEqualTo(written);

        byte[] changed = "<p>changed</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(folder.write("en/a/index.html", changed)).isTrue();
        assertThat(gunzip(copy)).isEqualTo(changed);

        assertThat(folder.deleteGone(Set.of("en/a/index.html"))).isEqualTo(1);
        assertThat(root.resolve("en")).doesNotExist();
    }

    @Test
    void a_copy_not_written_with_its_file_is_written_again() throws Exception {
        var folder = new ExportFolder(root.toAbsolutePath().normalize());
        byte[] page = "<p>page</p>".getBytes(StandardCharsets.UTF_8);
        folder.write("en/index.html", page);
        Path copy = root.resolve("en/index.html.gz");
        // As a crash between the copy and its file would leave it: another time, other bytes.
        Files.write(copy, ExportFolder.gzip("<p>older</p>".getBytes(StandardCharsets.UTF_8)));
        Files.setLastModifiedTime(copy, FileTime.fromMillis(0));

        assertThat(folder.write("en/index.html", page)).isFalse();

        assertThat(gunzip(copy)).isEqualTo(page);
        Files.delete(copy);
        folder.write("en/index.html", page);
        assertThat(gunzip(copy)).as("a copy deleted by hand").isEqualTo(page);
    }

    @Test
    void tidying_keeps_the_copies_of_kept_files_only() throws Exception {
        var folder = new ExportFolder(root.toAbsolutePath().normalize());
        byte[] page = "<p>page</p>".getBytes(StandardCharsets.UTF_8);
        folder.write("en/kept/index.html", page);
        folder.write("en/gone/index.html", page);

        assertThat(folder.deleteAllBut(Set.of("en/kept/index.html")))
                .as("copies not counted")
                .isEqualTo(1);

        assertThat(root.resolve("en/kept/index.html.gz")).exists();
        assertThat(root.resolve("en/gone")).doesNotExist();
    }

    private static byte[] gunzip(Path file) throws Exception {
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_file_that_cannot_be_put_in_place_leaves_no_partial_file() throws Exception {
        var folder = new ExportFolder(root.toAbsolutePath().normalize());
        Files.createDirectories(root.resolve("en/index.html/in-the-way"));

        assertThatThrownBy(() -> folder.write("en/index.html", "<p>page</p>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UncheckedIOException.class);

        try (var files = Files.walk(root)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void in_a_folder_that_started_empty_tidying_removes_only_the_written_files_not_kept() throws Exception {
        var folder = new ExportFolder(root.resolve("out").toAbsolutePath().normalize());
        byte[] page = "<p>page</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(folder.write("en/kept/index.html", page)).isTrue();
        assertThat(folder.write("en/gone/index.html", page)).isTrue();

        assertThat(folder.deleteAllBut(Set.of("en/kept/index.html", "en/gone/index.html")))
                .isZero();
        assertThat(folder.deleteAllBut(Set.of("en/kept/index.html"))).isEqualTo(1);

        assertThat(root.resolve("out/en/kept/index.html")).hasContent("<p>page</p>");
        assertThat(root.resolve("out/en/kept/index.html.gz")).exists();
        assertThat(root.resolve("out/en/gone")).doesNotExist();
        assertThat(folder.write("en/kept/index.html", page)).isFalse();
    }
}
