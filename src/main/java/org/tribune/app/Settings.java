package org.tribune.app;

import java.nio.file.Path;
import java.time.Duration;
import org.tribune.content.TraditionalVariant;

/**
 * How this Tribune runs, checked once when built and read-only after.
 *
 * @param dataDir the folder holding the SQLite file, the search index and media
 * @param host the address to listen on; loopback unless an operator says otherwise
 * @param port the port to listen on; 0 picks a free one
 * @param databaseUrl JDBC URL of the store; null means the SQLite file in {@code dataDir}
 * @param baseUrl the public address readers use, for canonical links, without a trailing slash
 *     (one given is dropped); null means this server's own
 * @param demo fill an empty store with the demo journal
 * @param templateSources jte sources to hot-reload in development; null uses the precompiled ones
 * @param traditionalVariant a new choice of how Traditional editions are derived, stored for the
 *     whole site on start; null keeps the site's current choice
 * @param webhookFirstRetry how long a failed webhook delivery waits before its second attempt;
 *     each later wait doubles
 * @param feedFullContent feed entries carry each article's whole body; otherwise its summary
 */
public record Settings(
        Path dataDir,
        String host,
        int port,
        String databaseUrl,
        String baseUrl,
        boolean demo,
        Path templateSources,
        TraditionalVariant traditionalVariant,
        Duration webhookFirstRetry,
        boolean feedFullContent) {

    public Settings {
        if (dataDir == null) {
            throw new IllegalArgumentException("a data folder is required");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a host to listen on is required, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (webhookFirstRetry == null || webhookFirstRetry.isNegative() || webhookFirstRetry.isZero()) {
            throw new IllegalArgumentException(
                    "the first webhook retry needs a positive delay, got " + webhookFirstRetry);
        }
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException(
                    "base URL must look like https://journal.example, got '" + baseUrl + "'");
        }
        if (baseUrl != null) {
            // Paths are appended to it: https://journal.example/ would make //en/ of /en/.
            baseUrl = baseUrl.replaceAll("/+$", "");
        }
    }

    /** Defaults for a data folder: SQLite inside it, loopback, port 8080. */
    public static Settings forDataDir(Path dataDir) {
        return new Settings(dataDir, "127.0.0.1", 8080, null, null, false, null, null, Duration.ofSeconds(30), false);
    }

    public String effectiveDatabaseUrl() {
        return databaseUrl != null ? databaseUrl : "jdbc:sqlite:" + dataDir.resolve("tribune.db");
    }

    public Settings withPort(int newPort) {
        return new Settings(
                dataDir,
                host,
                newPort,
                databaseUrl,
                baseUrl,
                demo,
                templateSources,
                traditionalVariant,
                webhookFirstRetry,
                feedFullContent);
    }

    public Settings withDatabaseUrl(String url) {
        return new Settings(
                dataDir,
                host,
                port,
                url,
                baseUrl,
                demo,
                templateSources,
                traditionalVariant,
                webhookFirstRetry,
                feedFullContent);
    }

    public Settings withWebhookFirstRetry(Duration delay) {
        return new Settings(
                dataDir,
                host,
                port,
                databaseUrl,
                baseUrl,
                demo,
                templateSources,
                traditionalVariant,
                delay,
                feedFullContent);
    }

    public Settings withFeedFullContent(boolean full) {
        return new Settings(
                dataDir,
                host,
                port,
                databaseUrl,
                baseUrl,
                demo,
                templateSources,
                traditionalVariant,
                webhookFirstRetry,
                full);
    }

    /** The same settings serving from another address, for the public base URL. */
    public Settings withBaseUrl(String url) {
        return new Settings(
                dataDir,
                host,
                port,
                databaseUrl,
                url,
                demo,
                templateSources,
                traditionalVariant,
                webhookFirstRetry,
                feedFullContent);
    }

    public Settings withTraditionalVariant(TraditionalVariant variant) {
        return new Settings(
                dataDir,
                host,
                port,
                databaseUrl,
                baseUrl,
                demo,
                templateSources,
                variant,
                webhookFirstRetry,
                feedFullContent);
    }
}
