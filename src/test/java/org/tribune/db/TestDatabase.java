package org.tribune.db;

import java.nio.file.Path;
import java.util.UUID;

/**
 * A fresh, migrated database for one test: a SQLite file in a temporary folder, or a schema of
 * its own in the local PostgreSQL ({@code test} database), holding only what the migrations
 * leave; the schemas are reused between tests and dropped when the JVM exits ({@link PostgresSchemas}).
 */
public final class TestDatabase implements AutoCloseable {
    public static final String POSTGRES_SERVER = System.getProperty("tribune.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

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
            String url = "jdbc:sqlite:" + tempDir.resolve("tribune-" + UUID.randomUUID() + ".db");
            return new TestDatabase(Database.open(url), url, null);
        }
        String schema = PostgresSchemas.take();
        String url = POSTGRES_SERVER + "&currentSchema=" + schema;
        return new TestDatabase(Database.open(url), url, schema);
    }

    public Database database() {
        return database;
    }

    /** The JDBC URL, for starting a server or a command on the same database. */
    public String url() {
        return url;
    }

    @Override
    public void close() {
        database.close();
        if (schema != null) {
            PostgresSchemas.giveBack(schema);
        }
    }
}
