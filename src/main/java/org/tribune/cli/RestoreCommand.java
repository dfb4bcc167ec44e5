package org.tribune.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tribune.app.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tribune restore FILE --data DIR}: puts a backup's store and media in a data folder. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Restore a backup written by `tribune backup` into a data folder: the database (checked for "
                + "integrity first) and the media. The folder must be empty or new unless --force, and no server may be running on it (a running server holds "
                + "its tribune.lock). The search "
                + "index is not in the backup: the server builds it in the background on its first start, and "
                + "its search page says so until it is complete.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:restored",
            "1:the restore failed, or a server is running on the folder",
            "2:wrong usage: not a backup, or a folder that is not empty without --force"
        })
public final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file")
    Path file;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The data folder to restore into")
    Path dataDir;

    @Option(
            names = "--force",
            description =
                    "Replace the store, search index and media of a folder that holds them (stop its server first)")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var restored = Backups.restore(file, dataDir, force);
        spec.commandLine()
                .getOut()
                .printf(
                        "restored %s into %s: database %,d bytes, %d media files%n",
                        file, dataDir, restored.databaseBytes(), restored.mediaFiles());
        return 0;
    }
}
