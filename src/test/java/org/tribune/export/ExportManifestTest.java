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
        manifest.write(folder, null);
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
            randomManifest(seed, 200, 20).write(into, null);
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

    /**
     * The next export's manifest, written with the earlier one's encoding, is the file it would be
     * without: pages given new links (some equal to the old, in new lists), the stamps moved, and
     * sometimes a page gone or the order changed, where nothing may be reused.
     */
    @Property(tries = 40)
    void a_manifest_written_with_the_earlier_encoding_is_byte_for_byte_the_same(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 300) int pageCount, @ForAll @IntRange(max = 60) int changed,
            @ForAll boolean dropOne, @ForAll boolean reorder) throws IOException {
        Path reused = Files.createTempDirectory("manifest");
        Path fresh = Files.createTempDirectory("manifest");
        try {
            ExportManifest earlier = randomManifest(seed, pageCount, 30);
            ExportManifest.Encoded encoded = earlier.write(reused, null);
            var random = new Random(seed + 1);
            List<String> files = new ArrayList<>(earlier.pages().keySet());
            Map<String, ExportManifest.Page> pages = new LinkedHashMap<>(earlier.pages());
            for (int i = 0; i < changed; i++) {
                String file = files.get(random.nextInt(files.size()));
                List<String> links = new ArrayList<>(pages.get(file).links());
                if (random.nextBoolean() && !links.isEmpty()) {
                    links.set(random.nextInt(links.size()), files.get(random.nextInt(files.size())));
                }
                pages.put(file, new ExportManifest.Page(pages.get(file).path(), List.copyOf(links)));
            }
            if (dropOne) {
                pages.remove(files.get(random.nextInt(files.size())));
            }
            if (reorder && pages.size() > 1) {
                List<String> order = new ArrayList<>(pages.keySet());
                java.util.Collections.rotate(order, 1);
                Map<String, ExportManifest.Page> rotated = new LinkedHashMap<>();
                order.forEach(file -> rotated.put(file, pages.get(file)));
                pages.clear();
                pages.putAll(rotated);
            }
            var next = new ExportManifest(earlier.fingerprint(), randomManifest(seed + 2, 4, 1).stamps(), pages);

            next.write(reused, encoded);
            next.write(fresh, null);

            assertThat(Files.readAllBytes(reused.resolve(ExportManifest.FILE)))
                    .isEqualTo(Files.readAllBytes(fresh.resolve(ExportManifest.FILE)));
            assertThat(ExportManifest.read(reused)).isPresent();
        } finally {
            for (Path into : List.of(reused, fresh)) {
                Files.deleteIfExists(into.resolve(ExportManifest.FILE));
                Files.delete(into);
            }
        }
    }
}
