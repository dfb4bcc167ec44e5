package org.tribune.export;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.tribune.content.Lang;
import org.tribune.site.PublicPages;

/**
 * One walk over the site for an export: from the addresses it is given, every page they link to
 * is rendered by the table of public pages and written to its file, a few at a time, each page once. What
 * was seen, fetched and written, and each page's links, are there when {@link #run} returns.
 */
final class SiteWalk {
    /**
     * Pages rendered at once: each is rendered on the walk thread that asks for it, so one per
     * core and one more for the moments a thread waits on the disk or the database. More threads
     * than that only take turns on the cores, and switching between them costs CPU.
     */
    private static final int IN_FLIGHT = Runtime.getRuntime().availableProcessors() + 1;

    private final PublicPages site;
    private final String baseUrl;
    private final ExportFolder folder;
    /** Files an earlier export wrote that cannot have changed: not fetched again. */
    private final Predicate<String> kept;

    private final BooleanSupplier stopped;
    final Set<String> seen = ConcurrentHashMap.newKeySet();
    /** One string per file named by links, however many pages link to it: the manifest stays small in memory. */
    final Map<String, String> names = new ConcurrentHashMap<>();
    /**
     * What each link found in pages leads to, worked out once per distinct link: the site's
     * pages hold over a million links to some fifty thousand addresses.
     */
    final Map<String, LinkTarget> targets = new ConcurrentHashMap<>();

    final Map<String, ExportManifest.Page> pages = new ConcurrentHashMap<>();
    final AtomicInteger fetched = new AtomicInteger();
    final AtomicInteger written = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    final Pending pending = new Pending();
    private ExecutorService workers;

    /**
     * @param baseUrl the public address, under which absolute links are internal too
     * @param kept files not to fetch (an earlier export's, unchanged)
     * @param stopped whether the export was stopped: the walk then ends early with {@link StaticExport.Stopped}
     */
    SiteWalk(PublicPages pages, String baseUrl, ExportFolder folder, Predicate<String> kept, BooleanSupplier stopped) {
        this.site = pages;
        this.baseUrl = baseUrl;
        this.folder = folder;
        this.kept = kept;
        this.stopped = stopped;
    }

    /** Fetches the given pages and every page they lead to that was not seen before. */
    void run(List<String> from) {
        // A few threads and a queue of addresses: a thread per waiting page (the sitemaps name
        // every article at once) kept tens of thousands of parked stacks for the collector to scan.
        try (ExecutorService pool = new ThreadPoolExecutor(
                IN_FLIGHT,
                IN_FLIGHT,
                0,
                TimeUnit.MILLISECONDS,
                new PriorityBlockingQueue<>(1024, Comparator.comparing(task -> ((Visit) task).order)),
                Thread.ofPlatform().daemon().name("export-", 1).factory())) {
            workers = pool;
            from.forEach(this::visit);
            pending.done();
            pending.await();
        }
        if (stopped.getAsBoolean()) {
            failure.compareAndSet(null, new StaticExport.Stopped());
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    void visit(String path) {
        visit(path, ExportPaths.fileFor(path));
    }

    void visit(String path, String file) {
        if (kept.test(file) || !seen.add(file) || failure.get() != null || stopped.getAsBoolean()) {
            return;
        }
        pending.add();
        workers.execute(new Visit(path, file));
    }

    /**
     * A page waiting to be fetched, taken in the order of {@link #orderOf its address}: the pages
     * that read the same article are fetched one after the other, while what they read is still
     * in the caches (its side-by-side pages are made together, its blocks rendered once).
     */
    private final class Visit implements Runnable {
        final String path;
        final String file;
        final String order;

        Visit(String path, String file) {
            this.path = path;
            this.file = file;
            this.order = orderOf(path, file);
        }

        @Override
        public void run() {
            try {
                if (failure.get() == null && !stopped.getAsBoolean()) {
                    save(path, file);
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                pending.done();
            }
        }
    }

    /**
     * Where a page comes in the walk. Files with a name of their own (sitemaps, feeds, assets)
     * come first: the sitemaps name every article in every language, so the article pages are
     * all waiting before most are fetched. Pages follow in the order of their address with its
     * language segment moved to the end and its slashes below every other character: an
     * article's page in each language comes next to the others, and the pages under it (its
     * side-by-side pages) right after them, before any other article's.
     */
    static String orderOf(String path, String file) {
        String rank = file.endsWith("index.html") ? "1" : "0";
        for (Lang lang : Lang.values()) {
            String prefix = "/" + lang.pathSegment();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return rank + path.substring(prefix.length()).replace('/', '\u0001') + '\u0000' + lang.pathSegment();
            }
        }
        return rank + path.replace('/', '\u0001');
    }

    private void save(String path, String file) {
        byte[] body = fetch(path);
        fetched.incrementAndGet();
        if (body == null) {
            return;
        }
        Set<String> linked = new LinkedHashSet<>();
        if (file.endsWith(".html") || file.endsWith(".xml") || file.endsWith(".rss") || file.endsWith(".json")) {
            if (file.endsWith(".html")) {
                body = ExportPaths.rewriteLanguageSwitch(body);
            }
            for (String link : ExportPaths.linksIn(body)) {
                LinkTarget target = targets.computeIfAbsent(link, this::targetOf);
                if (target != LinkTarget.OUTSIDE && linked.add(target.file())) {
                    visit(target.path(), target.file());
                }
            }
        }
        write(file, body);
        pages.put(file, new ExportManifest.Page(path, List.copyOf(linked)));
    }

    private LinkTarget targetOf(String link) {
        return ExportPaths.internalPath(link, baseUrl)
                .map(path -> new LinkTarget(path, names.computeIfAbsent(ExportPaths.fileFor(path), name -> name)))
                .orElse(LinkTarget.OUTSIDE);
    }

    void write(String file, byte[] body) {
        (folder.write(file, body) ? written : unchanged).incrementAndGet();
    }

    /** The site path a link names and the file that serves it; {@link #OUTSIDE} for a link not exported. */
    private record LinkTarget(String path, String file) {
        static final LinkTarget OUTSIDE = new LinkTarget("", "");
    }

    /** Pages fetched or waiting; the walk is over when none are left (the seeding counts as one). */
    private static final class Pending {
        private final AtomicInteger count = new AtomicInteger(1);
        private final CountDownLatch finished = new CountDownLatch(1);

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

    /** The page's bytes; null for a page that is not there (a link to a page that does not exist). */
    private byte[] fetch(String path) {
        return site.render(path)
                .map(page -> {
                    if (page.status() != 200) {
                        throw new IllegalStateException("the page " + path + " rendered with status " + page.status());
                    }
                    return page.body();
                })
                .orElse(null);
    }
}
