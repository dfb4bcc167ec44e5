package org.tribune.export;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tribune.content.ContentService;
import org.tribune.content.Lang;
import org.tribune.content.SiteStamps;
import org.tribune.site.PublicPages;
import org.tribune.web.Messages;
import org.tribune.web.SitePaths;

/**
 * Writes the public site as files by walking it: from the home pages, feeds, archive, sitemaps
 * and robots.txt, every internal link, stylesheet, image and sitemap entry is rendered by the
 * table of public pages ({@link PublicPages}, the same handlers the server answers with, called
 * directly on the walk's own threads) and written to the file that serves the same address. Pages are fetched several at a
 * time; a file whose bytes did not change is not touched; files left from an earlier export whose
 * pages no longer exist are deleted.
 *
 * <p>An export leaves an {@link ExportManifest} behind. The next one into the same folder, with
 * the same code and settings, compares the site's state with it and fetches only the pages that
 * can have changed ({@link ChangedPages}): an edited article's pages and every page linking to
 * them, or every listing when articles came, went or moved. Related-article blocks of pages not
 * fetched again are not refreshed: a full export ({@code full = true}) refreshes everything, and
 * ranks every article's related articles before its walk.
 *
 * <pre>{@code
 * ExportReport report = new StaticExport(pages, content, "https://journal.example", "settings")
 *         .export(Path.of("public"), false);
 * }</pre>
 */
public final class StaticExport {
    private static final String ROOT_PAGE = "index.html";
    private final PublicPages pages;
    private final ContentService content;
    private final String baseUrl;
    private final String fingerprint;
    private volatile boolean stopped;
    /**
     * A folder whose files are all checked for this long is trusted to hold what its manifest says
     * until then: a file deleted by hand is written again within that time, and an edit's export
     * does not look at 48,000 files.
     */
    private static final Duration VERIFY_EVERY = Duration.ofMinutes(1);
    /**
     * Changes appended to the manifest file before it is written whole again: half the whole, or
     * this much for a small site (reading a megabyte of changes back takes milliseconds).
     */
    private static final long APPENDED_AT_MOST = 1 << 20;
    /** The manifest this export last wrote: the next export into the same folder need not read it back. */
    private volatile Written lastWritten;

    /**
     * @param file the manifest file as this export left it
     * @param whole the whole manifest as written, the rest of the file being changes appended
     *     (null: the next change writes the whole)
     * @param verified when every file the manifest names was last found in the folder ({@link System#nanoTime})
     */
    private record Written(
            Path root, ExportManifest manifest, ManifestFile.Identity file, ManifestFile.Whole whole, long verified) {
        long appended() {
            return file.size() - whole.size();
        }
    }

    /**
     * An earlier export's manifest to continue from.
     *
     * @param verify whether to look for each of its files in the folder before trusting it
     * @param verified when its files were last found all there
     */
    private record Earlier(ExportManifest manifest, boolean verify, long verified) {}

    /**
     * @param pages the site's public pages, rendered one by one
     * @param content the store, for the site's state (what changed since the last export)
     * @param baseUrl the public address its pages name in absolute links (canonical, sitemaps)
     * @param fingerprint everything besides content that shapes the pages (code, settings): an
     *     earlier export with another fingerprint is redone whole
     */
    public StaticExport(PublicPages pages, ContentService content, String baseUrl, String fingerprint) {
        this.pages = pages;
        this.content = content;
        this.baseUrl = baseUrl;
        this.fingerprint = fingerprint + "|" + baseUrl + "|" + codeIdentity();
    }

    /**
     * Tells one build of the code from another: its jar's (or classes folder's) size and time. A new
     * build may render every page differently, so an export made by another build is redone whole.
     */
    private static String codeIdentity() {
        try {
            Path code = Path.of(StaticExport.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path probe = Files.isDirectory(code)
                    ? code.resolve(StaticExport.class.getName().replace('.', '/') + ".class")
                    : code;
            return Files.size(probe) + "@" + Files.getLastModifiedTime(probe).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown build " + System.nanoTime(); // never equal: every export is full
        }
    }

    /**
     * Prepares, while no export runs, what the next one needs to find the pages an edit touches
     * without a pass over every link: for an export run after edit upon edit in one process ({@link
     * ExportMirror}); a command exporting once has no use for it.
     */
    public void prepareNext() {
        Written written = lastWritten;
        if (written != null) {
            written.manifest().buildIndex();
        }
    }

    /**
     * Makes an export under way, and every later one, end early with {@link Stopped}: files already
     * written are whole, and without a new manifest the next export fetches again what this one
     * had not finished.
     */
    public void stop() {
        stopped = true;
    }

    /** An export ended early by {@link #stop()}. */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super("the export was stopped before the end");
        }
    }

    /**
     * Exports into {@code out}, creating it if needed; {@code full} ignores what an earlier export left.
     *
     * @throws Stopped when {@link #stop()} was called
     */
    public ExportReport export(Path out, boolean full) {
        long start = System.nanoTime();
        // Read before any page: a page newer than its stamp is fetched again next time, never missed.
        SiteStamps stamps = content.siteStamps();
        Path root = out.toAbsolutePath().normalize();
        Earlier earlier = full ? null : earlier(root);
        ExportManifest before = earlier == null ? null : earlier.manifest();
        Duration ranking = Duration.ZERO;
        if (stopped) {
            throw new Stopped();
        }
        if (before == null) {
            // Every article page will be rendered: rank them all first, on every core, rather than
            // one search at a time inside thousands of page requests.
            long rankingStart = System.nanoTime();
            content.rankAllRelated();
            ranking = Duration.ofNanos(System.nanoTime() - rankingStart);
        }
        var folder = new ExportFolder(root);
        Set<String> again = new HashSet<>();
        if (before != null) {
            again.addAll(ChangedPages.between(before, stamps));
            if (earlier.verify()) {
                before.pages().keySet().stream()
                        .filter(file -> !Files.isRegularFile(root.resolve(file)))
                        .forEach(again::add);
            }
        }
        // Pages the earlier export wrote that cannot have changed are not fetched again.
        var walk = new SiteWalk(
                pages,
                baseUrl,
                folder,
                before == null ? file -> false : file -> before.pages().containsKey(file) && !again.contains(file),
                () -> stopped);
        walk.run(
                before == null
                        ? seeds()
                        : again.stream()
                                .map(file -> before.pages().get(file).path())
                                .toList());
        Set<String> gone = new HashSet<>();
        again.stream().filter(file -> !walk.pages.containsKey(file)).forEach(gone::add);
        Map<String, ExportManifest.Page> fetched = walk.pages;
        if (before != null && linksMoved(before, walk)) {
            // Pages the walk reached no more (gone from every listing) are gone; an unchanged graph reaches all.
            Set<String> reached = reachable(file -> gone.contains(file)
                    ? null
                    : fetched.getOrDefault(file, before.pages().get(file)));
            before.pages().keySet().stream()
                    .filter(file -> !reached.contains(file))
                    .forEach(gone::add);
            fetched.keySet().stream().filter(file -> !reached.contains(file)).forEach(gone::add);
            fetched.keySet().removeAll(gone);
        }
        Predicate<String> isPage = file -> fetched.containsKey(file)
                || (before != null && before.pages().containsKey(file) && !gone.contains(file));
        Map<String, byte[]> redirectFiles =
                RedirectFiles.plan(content.redirects().all(), isPage, baseUrl);
        int deleted;
        if (before != null) {
            deleted = folder.deleteGone(gone);
            Set<String> unwanted = new HashSet<>(redirectFilesWritten(root));
            unwanted.removeAll(redirectFiles.keySet());
            unwanted.removeIf(isPage);
            deleted += folder.deleteGone(unwanted);
        } else {
            Set<String> keep = new HashSet<>(fetched.keySet());
            keep.addAll(List.of(ROOT_PAGE, ManifestFile.NAME, RedirectFiles.WRITTEN));
            keep.addAll(redirectFiles.keySet());
            deleted = folder.deleteAllBut(keep);
        }
        walk.write(ROOT_PAGE, rootPage().getBytes(StandardCharsets.UTF_8));
        redirectFiles.forEach(walk::write);
        walk.write(
                RedirectFiles.WRITTEN, String.join("\n", redirectFiles.keySet()).getBytes(StandardCharsets.UTF_8));
        keep(
                root,
                earlier,
                before == null ? new ExportManifest(fingerprint, stamps, fetched) : before,
                new ExportManifest.Change(stamps, fetched, gone));
        return new ExportReport(
                walk.fetched.get(),
                walk.written.get(),
                walk.unchanged.get(),
                deleted,
                before != null,
                ranking,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The manifest an earlier export left in {@code root} with this export's fingerprint, if any:
     * the one this export keeps in memory while the file is as it was left, else the file's (kept
     * from then on).
     */
    private Earlier earlier(Path root) {
        Written written = lastWritten;
        if (written != null && written.root().equals(root) && written.file().equals(ManifestFile.identity(root))) {
            long now = System.nanoTime();
            boolean verify = now - written.verified() >= VERIFY_EVERY.toNanos();
            return new Earlier(written.manifest(), verify, verify ? now : written.verified());
        }
        lastWritten = null;
        var stored = ManifestFile.load(root)
                .filter(found -> found.manifest().fingerprint().equals(fingerprint));
        if (stored.isEmpty()) {
            return null;
        }
        long now = System.nanoTime();
        lastWritten = new Written(
                root, stored.get().manifest(), stored.get().file(), stored.get().whole(), now);
        return new Earlier(stored.get().manifest(), true, now);
    }

    /**
     * Brings the manifest up to date with the export just made, in memory and in the folder: the
     * export's changes are appended to the file this export wrote last, or the whole is written
     * when there is no such file or the changes appended have grown too large.
     */
    private void keep(Path root, Earlier earlier, ExportManifest manifest, ExportManifest.Change change) {
        Written written = lastWritten;
        lastWritten = null; // until the folder holds what memory holds
        long verified = earlier == null ? System.nanoTime() : earlier.verified();
        if (earlier != null && written != null && !change.changes(manifest)) {
            lastWritten = new Written(root, manifest, written.file(), written.whole(), verified);
            return;
        }
        ManifestFile.Whole whole;
        // Only onto the file as this export left or read it: another export may have written it since.
        if (earlier != null
                && written != null
                && written.whole() != null
                && written.appended() < Math.max(written.whole().size() / 2, APPENDED_AT_MOST)
                && written.file().equals(ManifestFile.identity(root))) {
            ManifestFile.append(root, manifest, change, written.whole());
            manifest.apply(change);
            whole = written.whole();
        } else {
            if (earlier != null) {
                manifest.apply(change);
            }
            whole = ManifestFile.write(root, manifest);
        }
        lastWritten = new Written(root, manifest, ManifestFile.identity(root), whole, verified);
    }

    /** Whether the walk found a page gone, a new page, or a page whose links differ from before. */
    private static boolean linksMoved(ExportManifest before, SiteWalk walk) {
        return walk.pages.size() < walk.fetched.get()
                || walk.pages.entrySet().stream().anyMatch(page -> {
                    ExportManifest.Page earlier = before.pages().get(page.getKey());
                    return earlier == null
                            || !earlier.links().equals(page.getValue().links());
                });
    }

    /** The pages the walk's seeds lead to, given each file's page (null for none); pages no link reaches any more are gone. */
    private static Set<String> reachable(Function<String, ExportManifest.Page> pageOf) {
        Set<String> reached = new HashSet<>();
        Deque<String> next = new ArrayDeque<>();
        seeds().stream()
                .map(ExportPaths::fileFor)
                .filter(file -> pageOf.apply(file) != null)
                .forEach(next::add);
        while (!next.isEmpty()) {
            String file = next.poll();
            if (reached.add(file)) {
                pageOf.apply(file).links().stream()
                        .filter(link -> pageOf.apply(link) != null)
                        .forEach(next::add);
            }
        }
        return reached;
    }

    /** The files the last export wrote for redirects, relative to the folder; none when it left no list. */
    private static List<String> redirectFilesWritten(Path root) {
        try {
            Path list = root.resolve(RedirectFiles.WRITTEN);
            return Files.isRegularFile(list)
                    ? Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                            .filter(line -> !line.isBlank())
                            .toList()
                    : List.of();
        } catch (IOException e) {
            return List.of(); // nothing to tidy: at worst an old redirect page stays until a full export
        }
    }

    /**
     * {@code /} chooses a language from the reader's browser on the live site; a static host
     * cannot, so it sends readers to the English home and offers the other two.
     */
    private static String rootPage() {
        Messages en = Messages.of(Lang.EN);
        StringBuilder links = new StringBuilder();
        for (Lang lang : Lang.values()) {
            links.append("<li><a href=\"")
                    .append(SitePaths.home(lang))
                    .append("\" hreflang=\"")
                    .append(lang.tag())
                    .append("\">")
                    .append(Messages.of(lang).get("language." + lang.tag()))
                    .append("</a></li>");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + SitePaths.home(Lang.EN) + "\">"
                + "<link rel=\"canonical\" href=\"" + SitePaths.home(Lang.EN) + "\"><title>" + en.get("site.name")
                + "</title></head>\n<body><ul>" + links + "</ul></body></html>\n";
    }

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>(List.of("/sitemap.xml", "/robots.txt"));
        for (Lang lang : Lang.values()) {
            String home = SitePaths.home(lang);
            seeds.addAll(
                    List.of(home, SitePaths.archive(lang), home + "feed.xml", home + "feed.rss", home + "feed.json"));
        }
        return seeds;
    }
}
