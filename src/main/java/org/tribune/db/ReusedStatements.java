package org.tribune.db;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps each pooled connection's prepared queries for the next time the same SQL runs on it,
 * instead of preparing them again: SQLite compiles every statement it is given, and a job that
 * reads every page of the site (the static export) runs the same few queries tens of thousands of
 * times. Only queries are kept ({@code select} and {@code with}); writes are prepared and closed as
 * usual.
 *
 * <p>Each connection holds at most {@link #PER_CONNECTION} distinct SQL texts, the least recently
 * used closed first (lists bound into {@code in (...)} make one text per length). A statement is
 * handed to one query at a time: a query running while another with the same SQL is still open on
 * the same connection gets a statement of its own. The statements are prepared on the pool's
 * underlying connection, so they outlive each borrowing of it and close with it.
 *
 * <p>A statement goes back under the SQL it was prepared from, which the cache remembers per
 * statement: JDBI closes a statement naming the SQL as written (named parameters, {@code <list>}
 * placeholders), not the SQL it prepared.
 */
final class ReusedStatements implements StatementBuilderFactory {
    static final int PER_CONNECTION = 64;
    /** Idle statements kept per SQL text; more than this are only ever needed by nested queries. */
    private static final int IDLE_PER_SQL = 2;

    /** By underlying connection: one dropped by the pool is forgotten with its statements. */
    private final Map<Connection, Cache> caches = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public StatementBuilder createStatementBuilder(Connection connection) {
        Connection underlying;
        try {
            underlying = connection.unwrap(Connection.class);
        } catch (SQLException e) {
            underlying = connection;
        }
        return new Builder(caches.computeIfAbsent(underlying, c -> new Cache(c)));
    }

    /**
     * One connection's idle statements by SQL. Used by one thread at a time, as its connection is;
     * the pool's hand-over of the connection orders the uses.
     */
    private static final class Cache extends LinkedHashMap<String, Deque<PreparedStatement>> {
        private final Connection connection;
        /** The SQL each statement handed out was prepared from, until it is given back. */
        private final Map<PreparedStatement, String> handedOut = new IdentityHashMap<>();

        Cache(Connection connection) {
            super(16, 0.75f, true);
            this.connection = connection;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<PreparedStatement>> eldest) {
            if (size() <= PER_CONNECTION) {
                return false;
            }
            eldest.getValue().forEach(ReusedStatements::closeQuietly);
            return true;
        }

        PreparedStatement take(String sql) throws SQLException {
            Deque<PreparedStatement> idle = get(sql);
            PreparedStatement statement = idle == null ? null : idle.poll();
            if (statement == null || statement.isClosed()) {
                statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            }
            handedOut.put(statement, sql);
            return statement;
        }

        /** Whether the statement was handed out by {@link #take}: it then goes back, else it is closed. */
        boolean handedOut(Statement statement) {
            return handedOut.containsKey(statement);
        }

        void giveBack(PreparedStatement statement) throws SQLException {
            String sql = handedOut.remove(statement);
            if (sql == null || statement.isClosed()) {
                return;
            }
            Deque<PreparedStatement> idle = computeIfAbsent(sql, s -> new ArrayDeque<>(IDLE_PER_SQL));
            if (idle.size() >= IDLE_PER_SQL) {
                statement.close();
                return;
            }
            // Its result set is closed (which resets it, ending its read); no value stays bound.
            statement.clearParameters();
            idle.push(statement);
        }
    }

    private static final class Builder implements StatementBuilder {
        private final StatementBuilder plain = new DefaultStatementBuilder();
        private final Cache cache;

        Builder(Cache cache) {
            this.cache = cache;
        }

        @Override
        public Statement create(Connection connection, StatementContext context) throws SQLException {
            return plain.create(connection, context);
        }

        @Override
        public PreparedStatement create(Connection connection, String sql, StatementContext context)
                throws SQLException {
            if (!reusable(sql, context)) {
                return plain.create(connection, sql, context);
            }
            return cache.take(sql);
        }

        @Override
        public CallableStatement createCall(Connection connection, String sql, StatementContext context)
                throws SQLException {
            return plain.createCall(connection, sql, context);
        }

        @Override
        public void close(Connection connection, String sql, Statement statement) throws SQLException {
            if (statement instanceof PreparedStatement prepared && cache.handedOut(prepared)) {
                cache.giveBack(prepared);
            } else if (statement != null) {
                statement.close();
            }
        }

        private static boolean reusable(String sql, StatementContext context) {
            return !context.isReturningGeneratedKeys() && !context.isConcurrentUpdatable() && isQuery(sql);
        }
    }

    static boolean isQuery(String sql) {
        String start = sql.stripLeading();
        start = start.substring(0, Math.min(6, start.length())).toLowerCase(Locale.ROOT);
        return start.startsWith("select") || start.startsWith("with");
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // a statement of a connection already closed: nothing left to free
        }
    }
}
