package org.tribune.db;

import java.util.Optional;

/** SQL fragments that differ between SQLite and PostgreSQL. */
public final class SqlDialect {
    private final Dialect dialect;

    SqlDialect(Dialect dialect) {
        this.dialect = dialect;
    }

    /** An expression giving {@code YYYY-MM} (UTC) of an epoch-millisecond column. */
    public String yearMonth(String millisColumn) {
        return switch (dialect) {
            case SQLITE -> "strftime('%Y-%m', " + millisColumn + " / 1000, 'unixepoch')";
            case POSTGRESQL -> "to_char(to_timestamp(" + millisColumn + " / 1000) at time zone 'UTC', 'YYYY-MM')";
        };
    }

    /**
     * What ends a {@code select} that claims its rows for the transaction: rows another transaction
     * holds are skipped, not waited for, so that of several nodes each takes different rows. On
     * SQLite nothing: its transactions take the write lock when they begin, so one writer at a
     * time reads and then changes.
     */
    public String claimingRows() {
        return switch (dialect) {
            case SQLITE -> "";
            case POSTGRESQL -> " for update skip locked";
        };
    }

    /**
     * A statement that, run in a writing transaction, wakes every node waiting in
     * {@link ChangeNotifications#await} when the transaction commits (and never if it rolls back);
     * empty on SQLite, whose single node hears of its own writes directly. One notification per
     * transaction however often it is run: PostgreSQL folds notifications with the same payload.
     */
    public Optional<String> announceChange() {
        return switch (dialect) {
            case SQLITE -> Optional.empty();
            case POSTGRESQL -> Optional.of("select pg_notify(" + ChangeNotifications.CHANNEL + ", '')");
        };
    }

    /**
     * A query answering whether this transaction took the lock named {@code name} (true) or another
     * holds it (false), without waiting; the lock ends with the transaction. It keeps work that is
     * safe but wasteful to do twice, such as pruning, to one node at a time. PostgreSQL's advisory
     * locks are per database, so the schema is part of the name; SQLite has one writer at a time
     * and always says true.
     */
    public String tryTransactionLock(String name) {
        return switch (dialect) {
            case SQLITE -> "select 1";
            case POSTGRESQL ->
                "select case when pg_try_advisory_xact_lock(hashtext(current_schema() || '." + name.replace("'", "''")
                        + "')) then 1 else 0 end";
        };
    }
}
