package org.tribune.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Queries of a store opened for bulk reads keep their prepared statements per connection. */
class ReusedStatementsTest {
    @TempDir
    Path dir;

    private Handle handle;
    private StatementContext context;

    /** A plain connection, and a statement context as JDBI would pass (no generated keys asked for). */
    private Connection connection() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
        handle = Jdbi.open(c);
        context = handle.createQuery("select 1").getContext();
        return c;
    }

    @Test
    void a_query_run_again_on_a_connection_gets_the_statement_it_had() throws SQLException {
        try (Connection c = connection()) {
            StatementBuilder builder = new ReusedStatements().createStatementBuilder(c);
            PreparedStatement first = builder.create(c, "select ?", context);
            builder.close(c, "select ?", first);
            PreparedStatement second = builder.create(c, "select ?", context);
            assertThat(second).isSameAs(first);
            assertThat(second.isClosed()).isFalse();
        }
    }

    @Test
    void a_query_still_open_is_not_handed_to_a_second_one_with_the_same_sql() throws SQLException {
        try (Connection c = connection()) {
            StatementBuilder builder = new ReusedStatements().createStatementBuilder(c);
            PreparedStatement outer = builder.create(c, "select ?", context);
            PreparedStatement inner = builder.create(c, "select ?", context);
            assertThat(inner).isNotSameAs(outer);
        }
    }

    @Test
    void writes_are_closed_after_use() throws SQLException {
        try (Connection c = connection()) {
            c.createStatement().execute("create table t (x integer)");
            StatementBuilder builder = new ReusedStatements().createStatementBuilder(c);
            PreparedStatement insert = builder.create(c, "insert into t values (?)", context);
            builder.close(c, "insert into t values (?)", insert);
            assertThat(insert.isClosed()).isTrue();
        }
    }

    @Test
    void the_least_recently_used_sql_is_closed_beyond_the_limit() throws SQLException {
        try (Connection c = connection()) {
            StatementBuilder builder = new ReusedStatements().createStatementBuilder(c);
            PreparedStatement oldest = builder.create(c, "select 0", context);
            builder.close(c, "select 0", oldest);
            for (int i = 1; i <= ReusedStatements.PER_CONNECTION; i++) {
                String sql = "select " + i;
                builder.close(c, sql, builder.create(c, sql, context));
            }
            assertThat(oldest.isClosed()).isTrue();
        }
    }

    @Test
    void nested_queries_with_the_same_sql_each_read_their_own_rows() {
        try (Database db = Database.openForBulkReads("jdbc:sqlite:" + dir.resolve("tribune.db"))) {
            String sql = "select value from (select 1 as value union all select 2 union all select 3)"
                    + " where value >= :from order by value";
            List<List<Integer>> rows = db.withHandle(h -> h.createQuery(sql)
                    .bind("from", 2)
                    .map((rs, ctx) -> h.createQuery(sql)
                            .bind("from", rs.getInt(1))
                            .mapTo(int.class)
                            .list())
                    .list());
            assertThat(rows).containsExactly(List.of(2, 3), List.of(3));
            // and again, on statements given back
            List<Integer> again = db.withHandle(
                    h -> h.createQuery(sql).bind("from", 1).mapTo(int.class).list());
            assertThat(again).containsExactly(1, 2, 3);
        }
    }

    /**
     * JDBI closes a statement naming the SQL as written ({@code :name}, {@code <list>}), not the
     * SQL it prepared: the statement must still go back to be used again.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "select value from (select 1 as value union all select 2) where value = :one",
                "select value from (select 1 as value union all select 2) where value in (<ones>)"
            })
    void a_query_with_named_parameters_or_a_list_gets_its_statement_again(String sql) {
        try (Database db = Database.openForBulkReads("jdbc:sqlite:" + dir.resolve("tribune.db"))) {
            List<Object> statements = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                List<Integer> rows = db.withHandle(h -> h.createQuery(sql)
                        .bind("one", 1)
                        .bindList("ones", List.of(1))
                        .map((rs, ctx) -> {
                            statements.add(ctx.getStatement());
                            return rs.getInt(1);
                        })
                        .list());
                assertThat(rows).containsExactly(1);
            }
            assertThat(statements).hasSize(3);
            assertThat(statements.get(1)).isSameAs(statements.get(0));
            assertThat(statements.get(2)).isSameAs(statements.get(0));
        }
    }
}
