package org.tribune.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.tribune.app.Settings;
import org.tribune.content.ContentService;
import org.tribune.content.TraditionalVariant;
import org.tribune.db.Database;
import org.tribune.zh.ChineseConversions;
import picocli.CommandLine.Option;

/** The options every command that touches the store shares. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "tribune-data",
            description = "Data folder (SQLite file, search index, media). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:TRIBUNE_DB}",
            description = "Database instead of the SQLite file, e.g. jdbc:postgresql://host/db (env TRIBUNE_DB)")
    String databaseUrl;

    @Option(names = "--zh-hant-variant", paramLabel = "VARIANT", defaultValue = "${env:TRIBUNE_ZH_HANT_VARIANT}",
            description = "Choose, for the whole site, how Traditional editions are derived from Simplified ones: "
                    + "s2t (standard characters; the initial choice), s2tw, s2twp (Taiwan characters and "
                    + "vocabulary) or s2hk. Changing it derives them all again (env TRIBUNE_ZH_HANT_VARIANT).")
    String traditionalVariant;

    Settings settings() {
        TraditionalVariant variant = traditionalVariant == null || traditionalVariant.isBlank() ? null
                : TraditionalVariant.fromName(traditionalVariant).orElseThrow(() -> new IllegalArgumentException(
                        "--zh-hant-variant must be s2t, s2tw, s2twp or s2hk, got '" + traditionalVariant + "'"));
        return Settings.forDataDir(dataDir)
                .withDatabaseUrl(databaseUrl == null || databaseUrl.isBlank() ? null : databaseUrl)
                .withTraditionalVariant(variant);
    }

    /** The content store on {@code db}, applying a new --zh-hant-variant choice if one was given. */
    ContentService openContent(Database db) {
        var content = new ContentService(db, Clock.systemUTC(), ChineseConversions.load());
        TraditionalVariant variant = settings().traditionalVariant();
        if (variant != null) {
            content.useTraditionalVariant(variant);
        }
        return content;
    }

    Database openDatabase() throws java.io.IOException {
        Settings s = settings();
        java.nio.file.Files.createDirectories(s.dataDir());
        return Database.open(s.effectiveDatabaseUrl());
    }
}
