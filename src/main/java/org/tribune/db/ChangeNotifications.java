package org.tribune.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for other transactions' change announcements ({@link SqlDialect#announceChange()}). On
 * PostgreSQL a connection of its own, outside the pool, {@code LISTEN}s on the schema's channel;
 * when it breaks it is opened again, and the wait that notices says it was woken, since
 * announcements made meanwhile were lost. On SQLite, waiting is sleeping.
 *
 * <pre>{@code
 * try (var notifications = db.listenForChanges()) {
 *     while (running) {
 *         notifications.await(Duration.ofSeconds(10));
 *         applyWhatChanged();
 *     }
 * }
 * }</pre>
 *
 * <p>One thread waits at a time. The notification carries nothing: the caller reads what changed
 * from the store, which is the truth; a wake-up without a change costs one small query.
 */
public final class ChangeNotifications implements AutoCloseable {
    /** The channel, one per schema, so that stores sharing a PostgreSQL database do not wake each other. */
    static final String CHANNEL = "'tribune_changes_' || current_schema()";

    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    /** How long one blocking read lasts at most, so that closing is noticed soon. */
    private static final int SLICE_MILLIS = 500;

    private final String jdbcUrl;
    private volatile Connection connection;
    private volatile boolean closed;

    private ChangeNotifications(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    static ChangeNotifications listening(String jdbcUrl) {
        var notifications = new ChangeNotifications(jdbcUrl);
        try {
            notifications.connect();
        } catch (SQLException e) {
            log.warn("cannot listen for changes yet ({}); will try again", e.getMessage());
        }
        return notifications;
    }

    static ChangeNotifications sleeping() {
        return new ChangeNotifications(null);
    }

    /**
     * Waits until another transaction announces a change, at most {@code timeout}.
     *
     * @return true when woken by an announcement or by a new connection (announcements may have been
     *     missed); false after the timeout, or when closed
     */
    public boolean await(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closed) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            int slice = (int) Math.min(left, SLICE_MILLIS);
            if (jdbcUrl == null) {
                sleep(slice);
            } else if (awaitNotification(slice)) {
                return true;
            }
        }
        return false;
    }

    private boolean awaitNotification(int millis) {
        try {
            if (connection == null) {
                connect();
                return true;
            }
            PGNotification[] received = connection.unwrap(PGConnection.class).getNotifications(millis);
            return received != null && received.length > 0;
        } catch (SQLException e) {
            if (!closed) {
                log.warn("lost the connection listening for changes ({}); opening another", e.getMessage());
            }
            disconnect();
            sleep(millis);
            return false;
        }
    }

    private synchronized void connect() throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl);
        try (var statement = c.createStatement();
                var channel = statement.executeQuery("select " + CHANNEL)) {
            channel.next();
            statement.execute("listen \"" + channel.getString(1).replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        connection = c;
    }

    private synchronized void disconnect() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already broken: nothing to release
            }
            connection = null;
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        disconnect();
    }
}
