package org.tribune.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.tribune.app.Services;
import org.tribune.content.ContentService;
import org.tribune.content.Lang;
import org.tribune.importer.ImportReport;
import org.tribune.importer.Importer;
import org.tribune.importer.WxrOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tribune import}: JSON Lines files, Markdown folders and WordPress exports into the store. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description =
                "Import JSON Lines files (.jsonl), folders of Markdown files (.md with front matter) and WordPress"
                        + " exports (WXR .xml, with Polylang or WPML translation groups).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every line imported", "1:some lines failed (each reported as file:line: reason)"})
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--dry-run", description = "WordPress exports: report what would be imported, store nothing.")
    boolean dryRun;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "WordPress exports: language of posts that name none (en, zh-Hans, zh-Hant).")
    String lang;

    @Option(
            names = "--language-map",
            paramLabel = "SLUG=LANG,...",
            description = "WordPress exports: language slugs to Tribune languages, e.g. zh=zh-Hans,tw=zh-Hant.")
    String languageMap;

    @Option(
            names = "--topics",
            paramLabel = "all|categories",
            defaultValue = "all",
            description = "WordPress exports: topics from categories and tags (all) or categories only.")
    String topics;

    @Option(
            names = "--timezone",
            paramLabel = "AREA/CITY",
            defaultValue = "UTC",
            description = "WordPress exports: the site's timezone (Settings → General), for posts whose GMT date is"
                    + " zero; WXR does not carry it. Default: ${DEFAULT-VALUE}.")
    String timezone;

    @Option(
            names = "--category-base",
            paramLabel = "PATH",
            defaultValue = "category",
            description =
                    "WordPress exports: the folder of the old site's category archives (Settings → Permalinks,"
                            + " category base), e.g. topics for /topics/foo/; WXR does not carry it. Default: ${DEFAULT-VALUE}.")
    String categoryBase;

    @Option(
            names = "--tag-base",
            paramLabel = "PATH",
            defaultValue = "tag",
            description = "WordPress exports: the folder of the old site's tag archives (Settings → Permalinks, tag"
                    + " base), e.g. subject for /subject/foo/. Default: ${DEFAULT-VALUE}.")
    String tagBase;

    @Option(
            names = "--uploads",
            paramLabel = "DIR",
            description = "WordPress exports: a copy of the site's wp-content/uploads; referenced images are imported"
                    + " into the media library and their addresses rewritten.")
    Path uploads;

    @Spec
    CommandSpec spec;

    private WxrOptions wxrOptions() {
        Lang given = lang == null
                ? null
                : Lang.fromTag(lang)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(), "--lang: expected en, zh-Hans or zh-Hant, got '" + lang + "'"));
        if (!topics.equals("all") && !topics.equals("categories")) {
            throw new ParameterException(
                    spec.commandLine(), "--topics: expected all or categories, got '" + topics + "'");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--timezone: expected a zone such as Asia/Shanghai, Europe/London or UTC, got '" + timezone + "'");
        }
        if (uploads != null && !Files.isDirectory(uploads)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--uploads: expected a folder (a copy of wp-content/uploads), got '" + uploads + "'");
        }
        try {
            return new WxrOptions(
                    given, languageMap, topics.equals("categories"), dryRun, zone, uploads, categoryBase, tagBase);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        WxrOptions wxr = wxrOptions();
        try (Services services = dryRun ? data.openServicesAsItIs() : data.openServices()) {
            ContentService content = services.content();
            var err = spec.commandLine().getErr();
            if (!services.readsTheStore()) {
                spec.commandLine()
                        .getOut()
                        .println("Dry run against an empty store: there is no store of this version at "
                                + data.settings().effectiveDatabaseUrl()
                                + " (none yet, or one an older version wrote, which the import migrates first)");
            }
            ImportReport report =
                    new Importer(content, services.media()).importPaths(paths, wxr, problem -> err.println(problem));
            report.warnings()
                    .forEach(warning ->
                            err.println(warning.file() + ":" + warning.line() + ": warning: " + warning.reason()));
            report.notes().forEach(note -> spec.commandLine().getOut().println(note));
            spec.commandLine().getOut().println(report.summary());
            return report.ok() ? 0 : 1;
        }
    }
}
