package org.tribune.auth;

/** An account change refused, naming the field and what was expected. */
public final class InvalidAccount extends RuntimeException {
    private final String field;

    public InvalidAccount(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
