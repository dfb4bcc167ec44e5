package org.tribune.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tribune.content.Lang;
import org.tribune.web.Messages;
import org.tribune.web.SitePaths;

/**
 * Writes the public site as files by walking it: from the home pages, feeds, archive, sitemaps
 * and robots.txt, every internal link, stylesheet, image and sitemap entry is fetched from the
 * site served in this process and written to the file that serves the same address. Pages are
 * fetched several at a time; a file whose bytes did not change is not touched; files left from
 * an earlier export whose pages no longer exist are deleted.
 *
 * <pre>{@code
 * ExportReport report = new StaticExport("http://127.0.0.1:" + port, "https://journal.example")
 *         .export(Path.of("public"));
 * }</pre>
 */
public final class StaticExport {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]+)\"|<loc>([^<]+)</loc>");
    private static final int IN_FLIGHT = 8;
    private final String site;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param site where the site is being served now, e.g. {@code http://127.0.0.1:41234}
     * @param baseUrl the public address its pages name in absolute links (canonical, sitemaps)
     */
    public StaticExport(String site, String baseUrl) {
        this.site = site;
        this.baseUrl = baseUrl;
    }

    /** Exports into {@code out}, creating it if needed. */
    public ExportReport export(Path out) {
        long start = System.nanoTime();
        var walk = new Walk(out.toAbsolutePath().normalize());
        walk.run();
        writeIfChanged(walk.out, "index.html", rootPage().getBytes(StandardCharsets.UTF_8), walk.written, walk.unchanged);
        walk.files.add("index.html");
        int deleted = deleteStale(walk.out, walk.files);
        return new ExportReport(walk.written.get(), walk.unchanged.get(), deleted,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * {@code /} chooses a language from the reader's browser on the live site; a static host
     * cannot, so it sends readers to the English home and offers the other two.
     */
    private static String rootPage() {
        Messages en = Messages.of(Lang.EN);
        StringBuilder links = new StringBuilder();
        for (Lang lang : Lang.values()) {
            links.append("<li><a href=\"").append(SitePaths.home(lang)).append("\" hreflang=\"").append(lang.tag())
                    .append("\">").append(Messages.of(lang).get("language." + lang.tag())).append("</a></li>");
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
            seeds.addAll(List.of(home, SitePaths.archive(lang), home + "feed.xml", home + "feed.rss", home + "feed.json"));
        }
        return seeds;
    }

    /** One walk over the site: what was seen, what was written, and the pages still on their way. */
    private final class Walk {
        final Path out;
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final Set<String> files = ConcurrentHashMap.newKeySet();
        final AtomicInteger written = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        final Semaphore slots = new Semaphore(IN_FLIGHT);
        final Pending pending = new Pending();
        ExecutorService workers;

        Walk(Path out) {
            this.out = out;
        }

        void run() {
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                workers = pool;
                seeds().forEach(this::visit);
                pending.done();
                pending.await();
            }
            if (failure.get() != null) {
                throw failure.get();
            }
        }

        void visit(String path) {
            String file = ExportPaths.fileFor(path);
            if (!seen.add(file) || failure.get() != null) {
                return;
            }
            pending.add();
            workers.execute(() -> {
                try {
                    save(path, file);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    pending.done();
                }
            });
        }

        private void save(String path, String file) {
            slots.acquireUninterruptibly();
            byte[] body;
            try {
                body = fetch(path);
            } finally {
                slots.release();
            }
            if (body == null) {
                return;
            }
            if (file.endsWith(".html") || file.endsWith(".xml")) {
                String text = new String(body, StandardCharsets.UTF_8);
                if (file.endsWith(".html")) {
                    text = ExportPaths.rewriteLanguageSwitch(text);
                    body = text.getBytes(StandardCharsets.UTF_8);
                }
                for (String link : links(text)) {
                    ExportPaths.internalPath(link, baseUrl).ifPresent(this::visit);
                }
            }
            writeIfChanged(out, file, body, written, unchanged);
            files.add(file);
        }
    }

    /** Pages fetched or waiting; the walk is over when none are left (the seeding counts as one). */
    private static final class Pending {
        private final AtomicInteger count = new AtomicInteger(1);
        private final java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);

        void add() {
            count.incrementAndGet();
        }

        void done() {
            if (count.decrementAndGet() == 0) {
                finished.countDown();
            }
        }

        void await() {
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while exporting", e);
            }
        }
    }

    private static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.add((m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&"));
        }
        return links;
    }

    /** The page's bytes; null for a page that is not there (a link to a page that does not exist). */
    private byte[] fetch(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(site + path))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + path, e);
        }
    }

    private static void writeIfChanged(Path out, String file, byte[] body, AtomicInteger written, AtomicInteger unchanged) {
        Path target = out.resolve(file).normalize();
        if (!target.startsWith(out.normalize())) {
            throw new IllegalStateException("refusing to write outside the export folder: " + file);
        }
        try {
            if (Files.isRegularFile(target) && Files.size(target) == body.length
                    && Arrays.equals(Files.readAllBytes(target), body)) {
                unchanged.incrementAndGet();
                return;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".export-", ".part");
            Files.write(temp, body);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Removes files this export did not write, and the folders they leave empty. */
    private static int deleteStale(Path out, Set<String> keep) {
        Set<Path> kept = new HashSet<>();
        keep.forEach(f -> kept.add(out.resolve(f).normalize()));
        int deleted = 0;
        try (var walk = Files.walk(out)) {
            List<Path> all = walk.sorted(java.util.Comparator.reverseOrder()).toList();
            for (Path p : all) {
                if (Files.isRegularFile(p) && !kept.contains(p.normalize())) {
                    Files.delete(p);
                    deleted++;
                } else if (Files.isDirectory(p) && !p.equals(out) && isEmpty(p)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + out, e);
        }
        return deleted;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
