package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
}
