package org.tribune.auth;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tribune.db.Database;

/**
 * Newsroom accounts: creating them, changing passwords and roles, and checking a password at
 * sign-in.
 *
 * <pre>{@code
 * var accounts = new AccountService(db, clock);
 * accounts.add("mei", "Mei Lin", Role.TRANSLATOR, passwordFromStdin);
 * Optional<Account> who = accounts.authenticate("mei", typed);
 * }</pre>
 */
public final class AccountService {
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 1_000;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccountRepository accounts;
    private final PasswordHashing hashing;
    private final Clock clock;
    /**
     * Checked against when the account does not exist, so both answers take as long. Made at the
     * first sign-in, not at start: commands that sign nobody in (export, import) need not pay for it.
     */
    private volatile String decoyHash;

    public AccountService(Database db, Clock clock) {
        this(db, clock, PasswordHashing.recommended());
    }

    AccountService(Database db, Clock clock, PasswordHashing hashing) {
        this.accounts = new AccountRepository(db);
        this.hashing = hashing;
        this.clock = clock;
    }

    private String decoyHash() {
        String known = decoyHash;
        if (known == null) {
            known = hashing.hash("decoy password, never anyone's"); // two at once just both make one
            decoyHash = known;
        }
        return known;
    }

    /**
     * Creates an account.
     *
     * @throws InvalidAccount naming the bad field, or {@code username} when the name is taken
     */
    public Account add(String username, String displayName, Role role, String password) {
        checkUsername(username);
        checkPassword(username, password);
        if (role == null) {
            throw new InvalidAccount("role", "expected " + Role.choices());
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        var account = new Account(username, name, role, false);
        if (!accounts.insert(account, hashing.hash(password), clock.instant())) {
            throw new InvalidAccount("username", "'" + username + "' is taken");
        }
        return account;
    }

    /**
     * Sets a new password and signs the account out everywhere.
     *
     * @throws InvalidAccount when the password is too weak or there is no such account
     */
    public void changePassword(String username, String password) {
        checkPassword(username, password);
        if (!accounts.changePassword(username, hashing.hash(password), clock.instant())) {
            throw new InvalidAccount("username", "no account '" + username + "'");
        }
    }

    /**
     * Changes an account's name, role or whether it may sign in; disabling signs it out.
     *
     * @throws InvalidAccount when there is no such account
     */
    public void update(Account account) {
        if (!accounts.update(account)) {
            throw new InvalidAccount("username", "no account '" + account.username() + "'");
        }
    }

    /** The account when the password is right and the account may sign in; empty otherwise. */
    public Optional<Account> authenticate(String username, String password) {
        if (username == null || password == null || password.length() > MAX_PASSWORD) {
            return Optional.empty();
        }
        Optional<String> hash = accounts.passwordHash(username);
        boolean matches = hashing.matches(password, hash.orElseGet(this::decoyHash));
        if (hash.isEmpty() || !matches) {
            return Optional.empty();
        }
        return accounts.find(username).filter(a -> !a.disabled());
    }

    public Optional<Account> find(String username) {
        return accounts.find(username);
    }

    public List<Account> list() {
        return accounts.list();
    }

    public boolean isEmpty() {
        return accounts.list().isEmpty();
    }

    private static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidAccount(
                    "username",
                    "expected 2 to 64 lowercase letters, digits, dots, hyphens or "
                            + "underscores, starting with a letter or digit; got '" + username + "'");
        }
    }

    private static void checkPassword(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new InvalidAccount("password", "must be at least " + MIN_PASSWORD + " characters long");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidAccount("password", "must be at most " + MAX_PASSWORD + " characters long");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new InvalidAccount("password", "must not be the username");
        }
    }
}
