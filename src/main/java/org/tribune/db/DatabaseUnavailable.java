package org.tribune.db;

/** The database could not be reached, opened or migrated. */
public final class DatabaseUnavailable extends RuntimeException {
    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
