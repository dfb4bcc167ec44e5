package org.tribune.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.tribune.db.Database;

/** Accounts in SQL. */
final class AccountRepository {
    private static final String COLUMNS = "username, display_name, role, disabled";
    private static final RowMapper<Account> ACCOUNT = (rs, ctx) -> new Account(
            rs.getString("username"),
            rs.getString("display_name"),
            Role.fromCode(rs.getString("role")).orElseThrow(),
            rs.getInt("disabled") != 0);

    private final Database db;

    AccountRepository(Database db) {
        this.db = db;
    }

    boolean insert(Account account, String passwordHash, Instant now) {
        return db.inTransaction(h -> {
            if (find(h, account.username()).isPresent()) {
                return false;
            }
            h.createUpdate("""
                    insert into account (username, display_name, role, password_hash, created_at, password_changed_at,
                        disabled)
                    values (:username, :displayName, :role, :hash, :now, :now, :disabled)""")
                    .bind("username", account.username())
                    .bind("displayName", account.displayName())
                    .bind("role", account.role().code())
                    .bind("hash", passwordHash)
                    .bind("now", now.toEpochMilli())
                    .bind("disabled", account.disabled() ? 1 : 0)
                    .execute();
            return true;
        });
    }

    /** Sets the hash and ends the account's sessions, in one transaction. */
    boolean changePassword(String username, String passwordHash, Instant now) {
        return db.inTransaction(h -> {
            int changed = h.createUpdate("update account set password_hash = :hash, password_changed_at = :now"
                            + " where username = :username")
                    .bind("hash", passwordHash)
                    .bind("now", now.toEpochMilli())
                    .bind("username", username)
                    .execute();
            h.createUpdate("delete from admin_session where username = :username")
                    .bind("username", username)
                    .execute();
            return changed > 0;
        });
    }

    boolean update(Account account) {
        return db.inTransaction(h -> {
            int changed = h.createUpdate("update account set display_name = :displayName, role = :role,"
                            + " disabled = :disabled where username = :username")
                    .bind("displayName", account.displayName())
                    .bind("role", account.role().code())
                    .bind("disabled", account.disabled() ? 1 : 0)
                    .bind("username", account.username())
                    .execute();
            if (account.disabled()) {
                h.createUpdate("delete from admin_session where username = :username")
                        .bind("username", account.username())
                        .execute();
            }
            return changed > 0;
        });
    }

    Optional<Account> find(String username) {
        return db.withHandle(h -> find(h, username));
    }

    private static Optional<Account> find(Handle h, String username) {
        return h.createQuery("select " + COLUMNS + " from account where username = :username")
                .bind("username", username)
                .map(ACCOUNT)
                .findOne();
    }

    Optional<String> passwordHash(String username) {
        return db.withHandle(h -> h.createQuery("select password_hash from account where username = :username")
                .bind("username", username)
                .mapTo(String.class)
                .findOne());
    }

    List<Account> list() {
        return db.withHandle(h -> h.createQuery("select " + COLUMNS + " from account order by username")
                .map(ACCOUNT)
                .list());
    }
}
