package org.tribune.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;

/**
 * The system of record: a migrated SQLite file or PostgreSQL schema behind a small connection pool.
 *
 * <pre>{@code
 * try (var db = Database.open("jdbc:sqlite:tribune-data/tribune.db")) {
 *     int n = db.withHandle(h -> h.select("select count(*) from article").mapTo(int.class).one());
 * }
 * }</pre>
 *
 * <p>Instants are stored as epoch milliseconds ({@code bigint}) in both dialects, so ordering and
 * comparisons behave the same everywhere.
 */
public final class Database implements AutoCloseable {
    private final Dialect dialect;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final String nodeId = UUID.randomUUID().toString();

    private Database(Dialect dialect, HikariDataSource dataSource, boolean bulkReads) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        if (bulkReads && dialect == Dialect.SQLITE) {
            // The same few queries run for every page: compiled once per connection, not per page.
            jdbi.setStatementBuilderFactory(new ReusedStatements());
        }
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, new InstantColumnMapper());
    }

    /**
     * Opens the database at {@code jdbcUrl} and brings its schema up to date.
     *
     * @param jdbcUrl {@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://HOST/DB[?currentSchema=S]}
     * @throws IllegalArgumentException for any other kind of URL
     * @throws DatabaseUnavailable when the database cannot be reached or migrated
     */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, false);
    }

    /**
     * Like {@link #open}, for a job that reads the whole store, many times over (the static
     * export): SQLite then maps its file instead of copying each page in with a system call, a copy
     * per page read that adds up when every page is read many times. Not for the server: every
     * pooled connection maps the file, and resident-memory figures count the same pages once per
     * connection. Its queries' prepared statements are kept and reused ({@link ReusedStatements}).
     */
    public static Database openForBulkReads(String jdbcUrl) {
        return open(jdbcUrl, true);
    }

    private static Database open(String jdbcUrl, boolean mapFile) {
        Dialect dialect = Dialect.ofJdbcUrl(jdbcUrl);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(poolConfig(dialect, jdbcUrl, mapFile));
        } catch (RuntimeException e) {
            throw new DatabaseUnavailable("cannot connect to " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
        try {
            migrate(dataSource, dialect, jdbcUrl);
        } catch (RuntimeException e) {
            dataSource.close();
            throw new DatabaseUnavailable("cannot migrate " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
        return new Database(dialect, dataSource, mapFile);
    }

    private static HikariConfig poolConfig(Dialect dialect, String jdbcUrl, boolean mapFile) {
        var config = new HikariConfig();
        config.setPoolName("tribune-db");
        config.setJdbcUrl(jdbcUrl);
        config.setInitializationFailTimeout(10_000);
        if (dialect == Dialect.SQLITE) {
            // Durability first: an acknowledged write survives a crash or power loss.
            var sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            sqlite.enforceForeignKeys(true);
            sqlite.setBusyTimeout(15_000);
            // A transaction that reads and then writes must not fail when another connection wrote
            // in between (WAL cannot upgrade a stale read lock, and the busy timeout does not help
            // then): transactions take the write lock when they begin, waiting their turn.
            sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            sqlite.setCacheSize(-8_192); // KiB per connection: hot index pages stay in memory
            if (mapFile) {
                sqlite.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(1L << 30));
            }
            sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.setDataSourceProperties(sqlite.toProperties());
            config.setMaximumPoolSize(8);
        } else {
            config.setMaximumPoolSize(16);
            // Several nodes (and their backups, migrations and commands) share one server whose
            // default limit is 100 connections: an idle node keeps two and grows on demand.
            config.setMinimumIdle(2);
        }
        return config;
    }

    private static void migrate(HikariDataSource dataSource, Dialect dialect, String jdbcUrl) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        currentSchema(dialect, jdbcUrl)
                .ifPresent(
                        schema -> flyway.schemas(schema).defaultSchema(schema).createSchemas(true));
        flyway.load().migrate();
    }

    /** A PostgreSQL URL may name its schema; Flyway must then create and use that one. */
    private static Optional<String> currentSchema(Dialect dialect, String jdbcUrl) {
        if (dialect != Dialect.POSTGRESQL) {
            return Optional.empty();
        }
        var matcher =
                Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)").matcher(jdbcUrl);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("password=[^&;]*", "password=***");
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * A random id of this open database, naming the node (the process, or the pool in a test that
     * plays several nodes) in the rows it writes for the others to follow.
     */
    public String nodeId() {
        return nodeId;
    }

    /**
     * Wakes the caller when another transaction announced a change with {@link SqlDialect#announceChange()}:
     * on PostgreSQL through {@code LISTEN} on a connection of its own, outside the pool; SQLite has no
     * notifications, and waiting there is sleeping.
     */
    public ChangeNotifications listenForChanges() {
        return dialect == Dialect.POSTGRESQL
                ? ChangeNotifications.listening(dataSource.getJdbcUrl())
                : ChangeNotifications.sleeping();
    }

    /** The SQL fragments that differ by dialect, for repositories that need them. */
    public SqlDialect sql() {
        return new SqlDialect(dialect);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public <R> R withHandle(HandleCallback<R, RuntimeException> callback) {
        return jdbi.withHandle(callback);
    }

    public void useHandle(HandleConsumer<RuntimeException> consumer) {
        jdbi.useHandle(consumer);
    }

    public <R> R inTransaction(HandleCallback<R, RuntimeException> callback) {
        return jdbi.inTransaction(callback);
    }

    public void useTransaction(HandleConsumer<RuntimeException> consumer) {
        jdbi.useTransaction(consumer);
    }

    /** Opens a handle the caller must close; for long streaming jobs such as imports. */
    public Handle open() {
        return jdbi.open();
    }

    /**
     * Reports the connection pool's meters (HikariCP's {@code hikaricp.connections.*}: active, idle,
     * pending, acquire and usage times, timeouts) to {@code registry}. Once per database.
     *
     * @throws IllegalStateException when called a second time
     */
    public void bindMetrics(MeterRegistry registry) {
        dataSource.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
