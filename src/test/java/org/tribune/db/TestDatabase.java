package org.tribune.db;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A fresh, migrated database for one test: a SQLite file in a temporary folder, or a schema of
 * its own in the local PostgreSQL ({@code test} database) that is dropped afterwards.
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
            String url = "jdbc:sqlite:" + tempDir.resolve("tribune-" + UUID.randomUUID() + ".db");
            return new TestDatabase(Database.open(url), url, null);
        }
        String schema =
                "tribune_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
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
    public void close() throws SQLException {
        database.close();
        if (schema != null) {
            try (var connection = DriverManager.getConnection(POSTGRES_SERVER);
                    var statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }
}
