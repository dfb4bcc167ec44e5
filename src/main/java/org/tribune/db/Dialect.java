package org.tribune.db;

/** The two databases Tribune runs on; every difference between them is handled in this package. */
public enum Dialect {
    SQLITE,
    POSTGRESQL;

    static Dialect ofJdbcUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException(
                "unsupported database URL '" + jdbcUrl + "': expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }
}
