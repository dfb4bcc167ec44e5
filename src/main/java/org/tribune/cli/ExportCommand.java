package org.tribune.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.tribune.app.Settings;
import org.tribune.app.Site;
import org.tribune.export.ExportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tribune export}: the public site as static files. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write the public site as static files any web server or CDN can serve under the same "
                + "addresses (search excepted). A second export into the same folder renders only the pages that "
                + "can have changed, rewrites only files whose bytes changed and deletes pages that are gone. "
                + "Stop the server first: the export opens the search index.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:exported", "1:the export failed (the message says why)"})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into")
    Path out;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            defaultValue = "${env:TRIBUNE_BASE_URL}",
            description = "The public address the files will be served from, for canonical links, feeds and "
                    + "sitemaps, e.g. https://journal.example (env TRIBUNE_BASE_URL). Default: relative to the export")
    String baseUrl;

    @Option(
            names = "--full",
            description = "Render every page again, even those an earlier export into the same "
                    + "folder shows to be unchanged (refreshes every related-articles block)")
    boolean full;

    @Mixin
    FeedOptions feeds;

    @Spec
    CommandSpec spec;

    /**
     * The export asks for each page once: its page cache only holds the pages made together with
     * the one asked (a feed's other notations, an article's other side-by-side pages) until the
     * walk asks for them, soon after. A larger cache only keeps pages no one asks for again, which
     * the collector then copies from generation to generation.
     */
    private static final long PAGE_CACHE_BYTES = 32L << 20;

    @Override
    public Integer call() {
        Settings base = data.settings();
        String publicUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost" : baseUrl;
        if (baseUrl == null || baseUrl.isBlank()) {
            spec.commandLine()
                    .getErr()
                    .println("no --base-url: canonical links, feeds and sitemaps will name " + publicUrl
                            + "; give the address the files will be served from");
        }
        Settings settings = base.withPort(0)
                .withBaseUrl(publicUrl)
                .withFeedFullContent(feeds.fullContent())
                .withPageCacheBytes(PAGE_CACHE_BYTES);
        try (Site site = Site.openForExport(settings, Clock.systemUTC())) {
            site.searchReady();
            ExportReport report = site.staticExport().export(out, full);
            spec.commandLine().getOut().println(report.summary());
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("export failed: " + e.getMessage());
            return 1;
        }
    }
}
