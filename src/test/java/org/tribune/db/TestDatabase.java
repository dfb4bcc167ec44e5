package org.tribune.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A fresh, migrated database for one test: a SQLite file in a temporary folder (a copy of one
 * migrated once per JVM), or a schema of its own in the local PostgreSQL ({@code test} database)
 * holding only what the migrations leave (schemas are reused between tests and dropped when the
 * JVM exits: {@link PostgresSchemas}).
 */
public final class TestDatabase implements AutoCloseable {
    public static final String POSTGRES_SERVER =
            System.getProperty("tribune.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private final Database database;
    private final String url;
    private final String schema;

    private TestDatabase(Database database, String url, String schema) {
        this.database = database;
        this.url = url;
        this.schema = schema;
    }

    public static TestDatabase open(Dialect dialect, Path tempDir) {
        if (dialect == Dialect.SQLITE) {
            Path file = tempDir.resolve("tribune-" + UUID.randomUUID() + ".db");
            SqliteTemplate.copyTo(file);
            String url = "jdbc:sqlite:" + file;
            return new TestDatabase(Database.open(url), url, null);
        }
        String schema = PostgresSchemas.take();
        String url = POSTGRES_SERVER + "&currentSchema=" + schema;
        return new TestDatabase(Database.open(url), url, schema);
    }

    public Database database() {
        return database;
    }

    /** The PostgreSQL schema this test database is; null for SQLite. */
    public String schema() {
        return schema;
    }

    /** The JDBC URL, for starting a server or a command on the same database. */
    public String url() {
        return url;
    }

    /** A SQLite file migrated once per JVM: copying it is much cheaper than migrating a new file. */
    private static final class SqliteTemplate {
        private static final Path FILE = migrate();

        static void copyTo(Path target) {
            try {
                Files.copy(FILE, target);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the migrated SQLite template to " + target, e);
            }
        }

        private static Path migrate() {
            try {
                Path folder = Files.createTempDirectory("tribune-test-template");
                Path file = folder.resolve("template.db");
                Database.open("jdbc:sqlite:" + file).close();
                // Closing the last connection folds the write-ahead log into the file and deletes it.
                if (Files.exists(folder.resolve("template.db-wal"))) {
                    throw new IllegalStateException("the SQLite template kept a write-ahead log: " + folder);
                }
                folder.toFile().deleteOnExit();
                file.toFile().deleteOnExit(); // deleted before its folder: the reverse of registration
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the SQLite template", e);
            }
        }
    }

    @Override
    public void close() {
        database.close();
        if (schema != null) {
            PostgresSchemas.giveBack(schema);
        }
    }
}
