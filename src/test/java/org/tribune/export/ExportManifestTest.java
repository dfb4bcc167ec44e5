package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

    /** What a property does with a folder of its own. */
    private interface InFolder {
        void run(Path into) throws IOException;
    }

    /** A new folder for each try (jqwik's tries share the test instance, and so JUnit's {@code @TempDir}). */
    private static void inFreshFolder(InFolder body) throws IOException {
        Path into = Files.createTempDirectory("manifest");
        try {
            body.run(into);
        } finally {
            Files.deleteIfExists(into.resolve(ManifestFile.NAME));
            Files.delete(into);
        }
    }

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
        return new ExportManifest(
                "build " + seed,
                new SiteStamps(
                        articles,
                        Map.of("jane-doe", random.nextLong()),
                        Map.of("trade", random.nextLong(), "貿易", random.nextLong()),
                        random.nextLong()),
                pages);
    }

    private static ExportManifest roundTrip(ExportManifest manifest, Path folder) {
        ManifestFile.write(folder, manifest);
        return ManifestFile.read(folder).orElseThrow();
    }

    @Test
    void tens_of_thousands_of_pages_read_back_as_written() {
        // Link indexes past 2^14 take three bytes each.
        ExportManifest manifest = randomManifest(42, 40_000, 40);

        assertThat(roundTrip(manifest, folder)).isEqualTo(manifest);
    }

    @Property(tries = 50)
    void any_manifest_reads_back_as_written(
            @ForAll long seed, @ForAll @IntRange(max = 300) int pages, @ForAll @IntRange(max = 200) int maxLinks)
            throws IOException {
        inFreshFolder(into -> {
            ExportManifest manifest = randomManifest(seed, pages, maxLinks);
            assertThat(roundTrip(manifest, into)).isEqualTo(manifest);
        });
    }

    @Property(tries = 30)
    void a_cut_manifest_reads_as_none(@ForAll long seed, @ForAll @IntRange(min = 1, max = 10_000) int cut)
            throws IOException {
        inFreshFolder(into -> {
            ManifestFile.write(into, randomManifest(seed, 200, 20));
            byte[] bytes = Files.readAllBytes(into.resolve(ManifestFile.NAME));
            Files.write(into.resolve(ManifestFile.NAME), Arrays.copyOf(bytes, Math.max(0, bytes.length - cut)));
            // Never an exception: a damaged manifest costs a full export, nothing more.
            assertThat(ManifestFile.read(into)).isEmpty();
        });
    }

    /**
     * What an export might change: pages fetched again with other links, new pages, pages gone,
     * and stamps moved.
     */
    private static ExportManifest.Change randomChange(ExportManifest manifest, Random random, int size) {
        List<String> files = new ArrayList<>(manifest.pages().keySet());
        Map<String, ExportManifest.Page> fetched = new LinkedHashMap<>();
        Set<String> gone = new HashSet<>();
        for (int i = 0; i < size && !files.isEmpty(); i++) {
            String file = random.nextInt(5) == 0
                    ? "zh-hant/articles/new-" + random.nextInt(1000) + "/index.html"
                    : files.get(random.nextInt(files.size()));
            if (random.nextInt(6) == 0 && manifest.pages().containsKey(file)) {
                gone.add(file);
                continue;
            }
            List<String> links = new ArrayList<>();
            for (int l = random.nextInt(8); l > 0; l--) {
                // Now and then a link to a file that is no page (a link that answered 404).
                links.add(
                        random.nextInt(10) == 0
                                ? "en/missing-" + random.nextInt(5) + "/index.html"
                                : files.get(random.nextInt(files.size())));
            }
            fetched.put(
                    file,
                    new ExportManifest.Page(
                            "/" + file.replace("/index.html", "/"), List.copyOf(new LinkedHashSet<>(links))));
        }
        fetched.keySet().removeAll(gone);
        SiteStamps stamps = manifest.stamps();
        Map<String, ArticleStamp> articles = new LinkedHashMap<>(stamps.articles());
        articles.put("article-" + random.nextInt(50), new ArticleStamp(random.nextLong(), random.nextLong()));
        articles.remove("article-" + random.nextInt(50));
        Map<String, Long> topics = new LinkedHashMap<>(stamps.topics());
        topics.put("topic-" + random.nextInt(3), random.nextLong());
        return new ExportManifest.Change(
                new SiteStamps(
                        articles, stamps.authors(), topics, random.nextBoolean() ? stamps.site() : random.nextLong()),
                fetched,
                gone);
    }

    private static ExportManifest copyOf(ExportManifest manifest) {
        return new ExportManifest(manifest.fingerprint(), manifest.stamps(), manifest.pages());
    }

    /**
     * Changes appended to a manifest read back as the manifest they were applied to, pages in the
     * same order; and both answer which pages link to a file or are an article's as a look at
     * every page would, one from the index kept up to date through the changes.
     */
    @Property(tries = 40)
    void appended_changes_read_back_as_applied(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 200) int pageCount,
            @ForAll @IntRange(max = 6) int changes)
            throws IOException {
        inFreshFolder(into -> {
            ExportManifest manifest = randomManifest(seed, pageCount, 12);
            var whole = ManifestFile.write(into, manifest);
            var random = new Random(seed + 1);
            // Built now, the index is updated by the changes below.
            manifest.buildIndex();
            for (int i = 0; i < changes; i++) {
                var change = randomChange(manifest, random, 1 + random.nextInt(12));
                ManifestFile.append(into, manifest, change, whole);
                manifest.apply(change);
            }

            ExportManifest read = ManifestFile.read(into).orElseThrow();
            assertThat(read).isEqualTo(manifest);
            assertThat(List.copyOf(read.pages().keySet()))
                    .isEqualTo(List.copyOf(manifest.pages().keySet()));
            for (String file : manifest.pages().keySet()) {
                Set<String> linking = new HashSet<>();
                manifest.pages().forEach((page, content) -> {
                    if (content.links().contains(file)) {
                        linking.add(page);
                    }
                });
                String subject = PageIndex.subjectOf(file);
                Set<String> about = new HashSet<>(manifest.pages().keySet().stream()
                        .filter(page -> subject.equals(PageIndex.subjectOf(page)))
                        .toList());
                // The manifest kept in memory answers from its index, the one read back by a pass over its pages.
                for (ExportManifest asked : List.of(manifest, read)) {
                    assertThat(asked.pagesLinkingTo(List.of(file)))
                            .as("pages linking to %s", file)
                            .isEqualTo(linking);
                    assertThat(asked.pagesAbout(List.of(subject)))
                            .as("pages of %s", subject)
                            .isEqualTo(about);
                }
            }
        });
    }

    /**
     * A file cut inside its appended changes (a crash while appending) reads as the manifest
     * before the change that was cut; cut inside the whole, as none.
     */
    @Property(tries = 40)
    void a_cut_change_reads_as_the_manifest_before_it(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3) int changes,
            @ForAll @IntRange(min = 1, max = 100_000) int cutAt)
            throws IOException {
        inFreshFolder(into -> {
            ExportManifest manifest = randomManifest(seed, 60, 8);
            var whole = ManifestFile.write(into, manifest);
            List<Long> sizes = new ArrayList<>(List.of(whole.size()));
            List<ExportManifest> states = new ArrayList<>(List.of(copyOf(manifest)));
            var random = new Random(seed + 1);
            for (int i = 0; i < changes; i++) {
                var change = randomChange(manifest, random, 1 + random.nextInt(10));
                sizes.add(sizes.getLast() + ManifestFile.append(into, manifest, change, whole));
                manifest.apply(change);
                states.add(copyOf(manifest));
            }
            Path file = into.resolve(ManifestFile.NAME);
            long cut = cutAt % (Files.size(file) + 1);
            Files.write(file, Arrays.copyOf(Files.readAllBytes(file), (int) cut));

            int intact = (int) sizes.stream().filter(size -> size <= cut).count();
            if (intact == 0) {
                assertThat(ManifestFile.read(into)).isEmpty();
            } else {
                var stored = ManifestFile.load(into).orElseThrow();
                assertThat(stored.manifest()).isEqualTo(states.get(intact - 1));
                // Nothing may be appended after a damaged change: it would never be read.
                assertThat(stored.whole() != null).as("open to more changes").isEqualTo(sizes.contains(cut));
            }
        });
    }

    /**
     * A manifest read back from its file takes further changes as the one that wrote it (the
     * command, a server on start): appended against the whole as read, they read back as applied.
     */
    @Property(tries = 30)
    void changes_appended_after_reading_read_back_as_applied(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 150) int pageCount) throws IOException {
        inFreshFolder(into -> {
            ExportManifest manifest = randomManifest(seed, pageCount, 10);
            var random = new Random(seed + 1);
            var whole = ManifestFile.write(into, manifest);
            var first = randomChange(manifest, random, 1 + random.nextInt(12));
            ManifestFile.append(into, manifest, first, whole);
            manifest.apply(first);

            var stored = ManifestFile.load(into).orElseThrow();
            assertThat(stored.whole()).as("open to more changes").isNotNull();
            ExportManifest read = stored.manifest();
            var second = randomChange(read, random, 1 + random.nextInt(12));
            ManifestFile.append(into, read, second, stored.whole());
            read.apply(second);
            manifest.apply(second);

            ExportManifest again = ManifestFile.read(into).orElseThrow();
            assertThat(again).isEqualTo(manifest);
            assertThat(List.copyOf(again.pages().keySet()))
                    .isEqualTo(List.copyOf(manifest.pages().keySet()));
        });
    }

    /**
     * Two exports into one folder: a change appended by one after the other wrote its whole names
     * files by the first one's places, and is read as damaged, not as links to the wrong files.
     */
    @Test
    void a_change_appended_to_another_whole_is_not_read() {
        ExportManifest mine = randomManifest(7, 50, 6);
        var myWhole = ManifestFile.write(folder, mine);
        ExportManifest theirs = randomManifest(8, 50, 6);
        ManifestFile.write(folder, theirs);

        ManifestFile.append(folder, mine, randomChange(mine, new Random(9), 10), myWhole);

        var stored = ManifestFile.load(folder).orElseThrow();
        assertThat(stored.manifest()).isEqualTo(theirs);
        assertThat(stored.whole()).as("open to more changes").isNull();
    }
}
