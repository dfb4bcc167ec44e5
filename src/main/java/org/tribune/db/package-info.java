/**
 * The database: opening SQLite or PostgreSQL through one pool, Flyway migrations, and the JDBI
 * mappers every repository shares. Differences between the two dialects live here and nowhere else.
 */
package org.tribune.db;
