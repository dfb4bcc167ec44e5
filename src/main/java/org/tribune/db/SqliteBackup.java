package org.tribune.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Consistent copies of a live SQLite store, made while servers keep reading and writing it.
 *
 * <pre>{@code
 * SqliteBackup.copy(Path.of("tribune-data/tribune.db"), Path.of("/backups/tribune.db"));
 * SqliteBackup.integrity(Path.of("/backups/tribune.db")); // "ok"
 * }</pre>
 *
 * <p>{@code VACUUM INTO} reads the whole database inside one read transaction, so the copy is the
 * store as one moment saw it (every transaction committed before it began, none after), whatever
 * writers do meanwhile: in WAL mode they are not held up, and the copy comes out compacted. A copy
 * of the files themselves is not: the database and its write-ahead log are read at different
 * moments. The live store is opened without migrating it, and nothing is written to it.
 */
public final class SqliteBackup {
    private SqliteBackup() {}

    /**
     * Writes a consistent copy of the SQLite database {@code database} into {@code target}.
     *
     * @throws IllegalArgumentException when {@code database} does not exist or {@code target} does
     * @throws DatabaseUnavailable when SQLite cannot read the database or write the copy
     */
    public static void copy(Path database, Path target) {
        if (!Files.isRegularFile(database)) {
            throw new IllegalArgumentException("no SQLite database at " + database);
        }
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists already");
        }
        var config = new SQLiteConfig();
        config.setBusyTimeout(15_000);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + database);
                var statement = connection.prepareStatement("vacuum into ?")) {
            statement.setString(1, target.toAbsolutePath().toString());
            statement.execute();
        } catch (SQLException e) {
            throw new DatabaseUnavailable("cannot copy " + database + " into " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * What SQLite's {@code pragma integrity_check} says of the database file: {@code "ok"}, or
     * the problems it found, one a line.
     *
     * @throws IllegalArgumentException when there is no such file
     * @throws DatabaseUnavailable when the file cannot be opened as a database
     */
    public static String integrity(Path database) {
        if (!Files.isRegularFile(database)) {
            throw new IllegalArgumentException("no SQLite database at " + database);
        }
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + database);
                var statement = connection.createStatement();
                var rows = statement.executeQuery("pragma integrity_check")) {
            var problems = new StringBuilder();
            while (rows.next()) {
                problems.append(problems.isEmpty() ? "" : "\n").append(rows.getString(1));
            }
            return problems.toString();
        } catch (SQLException e) {
            throw new DatabaseUnavailable("cannot read " + database + " as a SQLite database: " + e.getMessage(), e);
        }
    }
}
