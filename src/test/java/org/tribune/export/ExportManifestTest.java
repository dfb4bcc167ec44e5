package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.SiteStamps;
import org.tribune.content.SiteStamps.ArticleStamp;

/** The manifest reads back as written, whatever the number of pages and links, and a damaged one reads as none. */
class ExportManifestTest {
    @TempDir
    Path folder;

    private static ExportManifest randomManifest(long seed, int pageCount, int maxLinks) {
        var random = new Random(seed);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < pageCount; i++) {
            files.add("en/articles/article-" + i + "-" + Long.toString(random.nextLong() & 0xFFFF, 36) + "/index.html");
        }
        Map<String, ExportManifest.Page> pages = new LinkedHashMap<>();
        for (String file : files) {
            List<String> links = new ArrayList<>();
            for (int l = random.nextInt(maxLinks + 1); l > 0; l--) {
                links.add(files.get(random.nextInt(files.size())));
            }
            pages.put(file, new ExportManifest.Page("/" + file.replace("/index.html", ""), links));
        }
        Map<String, ArticleStamp> articles = new LinkedHashMap<>();
        for (int i = 0; i < pageCount / 2; i++) {
            articles.put("article-" + i, new ArticleStamp(random.nextLong(), random.nextLong()));
        }
        return new ExportManifest("build " + seed, new SiteStamps(articles, Map.of("jane-doe", random.nextLong()),
                Map.of("trade", random.nextLong(), "貿易", random.nextLong()), random.nextLong()), pages);
    }

    private static ExportManifest roundTrip(ExportManifest manifest, Path folder) {
        manifest.write(folder);
        return ExportManifest.read(folder).orElseThrow();
    }

    @Test
    void tens_of_thousands_of_pages_read_back_as_written() {
        // Link indexes past 2^14 take three bytes each.
        ExportManifest manifest = randomManifest(42, 40_000, 40);

        assertThat(roundTrip(manifest, folder)).isEqualTo(manifest);
    }

    @Property(tries = 50)
    void any_manifest_reads_back_as_written(@ForAll long seed, @ForAll @IntRange(max = 300) int pages,
            @ForAll @IntRange(max = 200) int maxLinks) throws IOException {
        Path into = Files.createTempDirectory("manifest");
        try {
            ExportManifest manifest = randomManifest(seed, pages, maxLinks);
            assertThat(roundTrip(manifest, into)).isEqualTo(manifest);
        } finally {
            Files.deleteIfExists(into.resolve(ExportManifest.FILE));
            Files.delete(into);
        }
    }

    @Property(tries = 30)
    void a_cut_manifest_reads_as_none(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 10_000) int cut) throws IOException {
        Path into = Files.createTempDirectory("manifest");
        try {
            randomManifest(seed, 200, 20).write(into);
            byte[] bytes = Files.readAllBytes(into.resolve(ExportManifest.FILE));
            Files.write(into.resolve(ExportManifest.FILE), java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - cut)));
            // Never an exception: a damaged manifest costs a full export, nothing more.
            assertThat(ExportManifest.read(into)).isEmpty();
        } catch (UncheckedIOException e) {
            throw new AssertionError(e);
        } finally {
            Files.deleteIfExists(into.resolve(ExportManifest.FILE));
            Files.delete(into);
        }
    }
}
