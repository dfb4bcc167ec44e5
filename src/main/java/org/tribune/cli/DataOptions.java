package org.tribune.cli;

import java.nio.file.Path;
import org.tribune.app.Settings;
import picocli.CommandLine.Option;

/** The options every command that touches the store shares. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "tribune-data",
            description = "Data folder (SQLite file, search index, media). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:TRIBUNE_DB}",
            description = "Database instead of the SQLite file, e.g. jdbc:postgresql://host/db (env TRIBUNE_DB)")
    String databaseUrl;

    Settings settings() {
        return Settings.forDataDir(dataDir).withDatabaseUrl(databaseUrl == null || databaseUrl.isBlank() ? null : databaseUrl);
    }
}
