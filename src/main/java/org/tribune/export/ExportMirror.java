package org.tribune.export;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.content.ContentService;

/**
 * Keeps a static export of the running site in step with it ({@code tribune serve --export-to}):
 * an export on start (incremental when the folder holds an earlier one), then another after
 * every change, in the background, in a JVM that is already warm. A folder a CDN or a plain web
 * server publishes is thus current about a second after an editor saves.
 *
 * <pre>{@code
 * var mirror = ExportMirror.start(content, searchSync::catchUp, export, Path.of("public"));
 * }</pre>
 *
 * <p>Changes made while an export runs are taken by the next one; several changes during one
 * export cost one more. Besides the writes made through this server, those of other nodes and
 * processes reach it through the store's change listeners (the change outbox), and the folder is
 * exported again when a minute has passed since the last time: editions whose publication time has come, and the news sitemap's
 * 48 hours, depend on the clock. (With nothing changed that costs reading the site's stamps and
 * one small page.) A failed export is logged and tried again on the next change, or a minute later.
 */
public final class ExportMirror implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExportMirror.class);
    private static final Duration CHECK = Duration.ofSeconds(1);
    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final ContentService content;
    /** Brings the search index up to date with the store: related articles on pages come from it. */
    private final Runnable searchReady;

    private final StaticExport export;
    private final Path out;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("export-mirror").factory());
    private final AtomicBoolean pending = new AtomicBoolean();
    private final List<Consumer<ExportReport>> exported = new CopyOnWriteArrayList<>();
    private volatile long lastExport;
    /** After a failure, checks wait until then (change events do not): no retry every second. */
    private volatile long retryAfter;

    private volatile boolean closing;
    /** Null until {@link #bindMetrics}: exports are then timed and failures counted. */
    private volatile Timer exportTimer;

    private final AtomicLong failures = new AtomicLong();
    /** Read and written on the worker only. */
    private boolean firstExportDone;

    private ExportMirror(ContentService content, Runnable searchReady, StaticExport export, Path out) {
        this.content = content;
        this.searchReady = searchReady;
        this.export = export;
        this.out = out;
    }

    /**
     * Exports the site into {@code out} now, in the background, and after every change to
     * {@code content} until closed.
     *
     * @param searchReady brings the search index up to date, run before each export
     */
    public static ExportMirror start(ContentService content, Runnable searchReady, StaticExport export, Path out) {
        var mirror = new ExportMirror(content, searchReady, export, out);
        // Not on search index changes as well: the export waits for the index anyway, and each
        // edit would be exported twice.
        content.onChange(mirror::requestExport);
        mirror.requestExport();
        mirror.worker.scheduleWithFixedDelay(mirror::check, CHECK.toMillis(), CHECK.toMillis(), TimeUnit.MILLISECONDS);
        return mirror;
    }

    /**
     * Reports {@code tribune.export.mirror} (each export that finished, with its duration) and
     * {@code tribune.export.mirror.failures} to {@code registry}. Once, by the server.
     */
    public void bindMetrics(MeterRegistry registry) {
        FunctionCounter.builder("tribune.export.mirror.failures", failures, AtomicLong::get)
                .description("Exports of the mirror that failed and will be tried again")
                .register(registry);
        exportTimer = Timer.builder("tribune.export.mirror")
                .description("Exports of the site into the mirror folder")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Runs {@code listener} with the report of every export that finished. */
    public void onExported(Consumer<ExportReport> listener) {
        exported.add(listener);
    }

    /** Exports again soon; requests made while one is waiting count once. */
    public void requestExport() {
        if (!closing && pending.compareAndSet(false, true)) {
            try {
                worker.execute(this::exportNow);
            } catch (RejectedExecutionException e) {
                // closed meanwhile; a writer calling this must not see it
            }
        }
    }

    private void check() {
        try {
            long now = System.currentTimeMillis();
            if (now >= retryAfter && now - lastExport >= REFRESH.toMillis()) {
                requestExport();
            }
        } catch (RuntimeException e) {
            log.warn("could not check the site for changes to export; will try again", e);
        }
    }

    private void exportNow() {
        pending.set(false);
        if (closing) {
            return;
        }
        long start = System.nanoTime();
        try {
            // Related-article blocks come from the index: let it take the change in first.
            searchReady.run();
            ExportReport report = export.export(out, false);
            Timer timer = exportTimer;
            if (timer != null) {
                timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
            lastExport = System.currentTimeMillis();
            retryAfter = 0;
            if (!firstExportDone || !report.incremental() || report.written() + report.deleted() > 0) {
                log.info("export into {}: {}", out, report.summary());
            } else {
                log.debug("export into {}: {}", out, report.summary()); // the check every minute, mostly
            }
            firstExportDone = true;
            exported.forEach(listener -> listener.accept(report));
            export.prepareNext();
        } catch (StaticExport.Stopped e) {
            log.info("export into {} stopped before the end; the next one completes it", out);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            log.warn("could not export the site into {}; will try again on the next change or in a minute", out, e);
            retryAfter = System.currentTimeMillis() + REFRESH.toMillis();
        }
    }

    /**
     * Stops exporting: an export under way ends early (the files it wrote are whole; the next
     * export, by the server or the command, fetches again what it had not finished).
     */
    @Override
    public void close() {
        closing = true;
        export.stop();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(1, TimeUnit.MINUTES)) {
                log.warn("export into {} still running after a minute; stopping without it", out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
