package org.tribune.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tribune.app.Services;
import org.tribune.content.ContentService;
import org.tribune.importer.ImportReport;
import org.tribune.importer.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tribune import}: JSON Lines files and Markdown folders into the store. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import JSON Lines files (.jsonl) and folders of Markdown files (.md with front matter).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every line imported", "1:some lines failed (each reported as file:line: reason)"})
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Services services = data.openServices()) {
            ContentService content = services.content();
            var err = spec.commandLine().getErr();
            ImportReport report = new Importer(content).importPaths(paths, problem -> err.println(problem));
            spec.commandLine().getOut().println(report.summary());
            return report.ok() ? 0 : 1;
        }
    }
}
