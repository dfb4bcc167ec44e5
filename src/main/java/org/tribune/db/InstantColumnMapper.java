package org.tribune.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads epoch-millisecond columns back as {@link Instant}, keeping SQL NULL as null. */
final class InstantColumnMapper implements ColumnMapper<Instant> {
    @Override
    public Instant map(ResultSet r, int columnNumber, StatementContext ctx) throws SQLException {
        long millis = r.getLong(columnNumber);
        return r.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
