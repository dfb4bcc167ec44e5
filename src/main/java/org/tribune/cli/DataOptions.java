package org.tribune.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.tribune.app.Services;
import org.tribune.app.Settings;
import org.tribune.content.TraditionalVariant;
import picocli.CommandLine.Option;

/** The options every command that touches the store shares. */
public final class DataOptions {
    /** Read before the options are parsed (EnvironmentAndFileDefaults); declared so that commands accept it. */
    @Option(
            names = EnvironmentAndFileDefaults.FILE_OPTION,
            paramLabel = "FILE",
            description = "Configuration file of 'name = value' lines, one per option (also TRIBUNE_CONFIG). "
                    + "Default: tribune.conf in the working folder, when there is one")
    Path configFile;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "tribune-data",
            description = "Data folder (SQLite file, search index, media). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "Database instead of the SQLite file, e.g. jdbc:postgresql://host/db")
    String databaseUrl;

    @Option(
            names = "--zh-hant-variant",
            paramLabel = "VARIANT",
            description = "Choose, for the whole site, how Traditional editions are derived from Simplified ones: "
                    + "s2t (OpenCC's standard characters), s2tw (Taiwan's standard characters; the initial "
                    + "choice), s2twp (Taiwan characters and vocabulary) or s2hk. Changing it derives them all "
                    + "again.")
    String traditionalVariant;

    @Option(
            names = "--zh-hant-keep-quotes",
            description = "Keep the quotation marks Traditional editions are written with. Without it, “ ” and ‘ ’ "
                    + "in Traditional titles, summaries and prose become 「 」 and 『 』 when they are saved or "
                    + "derived, as readers in Taiwan and Hong Kong expect.")
    boolean keepSourceQuotes;

    Settings settings() {
        TraditionalVariant variant = traditionalVariant == null || traditionalVariant.isBlank()
                ? null
                : TraditionalVariant.fromName(traditionalVariant)
                        .orElseThrow(() ->
                                new IllegalArgumentException("--zh-hant-variant must be s2t, s2tw, s2twp or s2hk, got '"
                                        + traditionalVariant + "'"));
        return Settings.forDataDir(dataDir)
                .withDatabaseUrl(databaseUrl == null || databaseUrl.isBlank() ? null : databaseUrl)
                .withTraditionalVariant(variant)
                .withKeepSourceQuotes(keepSourceQuotes);
    }

    /** The database and the services over it, applying a new --zh-hant-variant choice if one was given. */
    Services openServices() {
        return Services.open(settings(), Clock.systemUTC());
    }

    /** The services over the store as it is, for a dry run: nothing created, migrated or written. */
    Services openServicesAsItIs() {
        return Services.openAsItIs(settings(), Clock.systemUTC());
    }
}
