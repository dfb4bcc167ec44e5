package org.tribune.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.tribune.app.Backups;
import org.tribune.app.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tribune backup --out FILE}: a consistent backup of a live SQLite store and its media. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Write a backup of the store (SQLite's online copy, checked for integrity) and the media folder to FILE, "
                    + "a zip that `tribune restore` reads. The server may keep serving and writing meanwhile: the "
                    + "backup holds every write committed before it began.",
            "With a PostgreSQL store, print the pg_dump and pg_restore commands to run instead."
        },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:backup written (or commands printed)", "1:the backup failed", "2:wrong usage"})
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--out", paramLabel = "FILE", description = "The backup file to write (replaced when complete)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = data.settings();
        var stdout = spec.commandLine().getOut();
        if (Backups.isPostgres(settings)) {
            stdout.println("A PostgreSQL store is backed up with PostgreSQL's own tools while the nodes keep serving;");
            stdout.println("images kept in the database come with it, a media folder is copied beside it. Back up:");
            var commands = Backups.postgresCommands(settings, out);
            stdout.println("  " + commands.get(0));
            stdout.println("Restore into an empty database, then start the nodes (each rebuilds its search index):");
            stdout.println("  " + commands.get(1));
            return 0;
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FILE is needed: where to write the backup");
        }
        var written = Backups.backUp(settings, out, Clock.systemUTC());
        stdout.printf(
                "backup written to %s: %,d bytes (database %,d bytes, %d media files) in %d ms%n",
                written.file(),
                written.bytes(),
                written.databaseBytes(),
                written.mediaFiles(),
                written.took().toMillis());
        return 0;
    }
}
