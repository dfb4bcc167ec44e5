package org.tribune.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Migrated PostgreSQL schemas for tests, private to this JVM: a test takes one that holds exactly
 * what the migrations leave, and gives it back when done. Migrating a schema takes longer than
 * most tests, so each schema is migrated once and emptied between tests instead: every table
 * emptied, the migrations' own rows copied back from a template schema that no test touches, and
 * the sequences set to the template's values. All of them are dropped when the JVM exits.
 */
final class PostgresSchemas {
    private static final String HISTORY = "flyway_schema_history";
    private static final String PREFIX = "tribune_test_";

    private static final ConcurrentLinkedDeque<String> free = new ConcurrentLinkedDeque<>();
    private static final Set<String> created = ConcurrentHashMap.newKeySet();
    private static volatile Template template;

    private PostgresSchemas() {}

    /** A schema to migrate (when new) or an emptied one (when reused), for the caller alone. */
    static String take() {
        Template t = template();
        String schema = free.pollFirst();
        if (schema == null) {
            return newSchemaName();
        }
        t.reset(schema);
        return schema;
    }

    /** Gives back a schema taken here, once nothing uses it any more. */
    static void giveBack(String schema) {
        free.addFirst(schema);
    }

    private static String newSchemaName() {
        String schema = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        created.add(schema);
        return schema;
    }

    private static Template template() {
        Template t = template;
        if (t == null) {
            synchronized (PostgresSchemas.class) {
                t = template;
                if (t == null) {
                    Runtime.getRuntime().addShutdownHook(new Thread(PostgresSchemas::dropAll, "drop-test-schemas"));
                    String schema = newSchemaName();
                    Database.open(TestDatabase.POSTGRES_SERVER + "&currentSchema=" + schema)
                            .close();
                    t = Template.read(schema);
                    template = t;
                }
            }
        }
        return t;
    }

    private static void dropAll() {
        try (Connection c = DriverManager.getConnection(TestDatabase.POSTGRES_SERVER);
                var statement = c.createStatement()) {
            for (String schema : created) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test schemas " + created + ": " + e.getMessage());
        }
    }

    /** What a freshly migrated schema holds beyond its tables' definitions. */
    private record Template(String schema, List<String> tables, List<String> seeded, List<String> sequences) {
        static Template read(String schema) {
            try (Connection c = DriverManager.getConnection(TestDatabase.POSTGRES_SERVER)) {
                List<String> tables = names(
                        c,
                        "select table_name from information_schema.tables where table_schema = '" + schema
                                + "' and table_type = 'BASE TABLE' and table_name <> '" + HISTORY + "'");
                List<String> seeded = new ArrayList<>();
                for (String table : tables) {
                    if (!names(c, "select 1 from " + schema + "." + table + " limit 1")
                            .isEmpty()) {
                        seeded.add(table);
                    }
                }
                List<String> sequences = names(
                        c,
                        "select sequence_name from information_schema.sequences " + "where sequence_schema = '" + schema
                                + "'");
                return new Template(schema, tables, seeded, sequences);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the template schema " + schema, e);
            }
        }

        /** Brings {@code target}, migrated by the same migrations, back to this template's contents. */
        void reset(String target) {
            var sql = new StringBuilder();
            if (!tables.isEmpty()) {
                sql.append("truncate table ")
                        .append(String.join(
                                ", ", tables.stream().map(t -> target + "." + t).toList()))
                        .append(" restart identity cascade;");
            }
            for (String table : seeded) {
                sql.append("insert into ")
                        .append(target)
                        .append('.')
                        .append(table)
                        .append(" overriding system value select * from ")
                        .append(schema)
                        .append('.')
                        .append(table)
                        .append(';');
            }
            for (String sequence : sequences) {
                sql.append("select setval('")
                        .append(target)
                        .append('.')
                        .append(sequence)
                        .append("', last_value, is_called) from ")
                        .append(schema)
                        .append('.')
                        .append(sequence)
                        .append(';');
            }
            try (Connection c = DriverManager.getConnection(TestDatabase.POSTGRES_SERVER);
                    var statement = c.createStatement()) {
                statement.execute(sql.toString());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot empty the test schema " + target, e);
            }
        }

        private static List<String> names(Connection c, String query) throws SQLException {
            List<String> names = new ArrayList<>();
            try (var statement = c.createStatement();
                    var rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }
}
