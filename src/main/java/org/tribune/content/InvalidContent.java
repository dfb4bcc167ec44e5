package org.tribune.content;

/** Content that cannot be stored, with the field at fault and what was expected. */
public final class InvalidContent extends IllegalArgumentException {
    private final String field;

    public InvalidContent(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
