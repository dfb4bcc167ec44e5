package org.tribune.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a person does in the newsroom; each account has exactly one. */
public enum Role {
    ADMIN,
    EDITOR,
    TRANSLATOR,
    AUTHOR;

    /** The value stored and typed on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    /** For messages: "admin, editor, translator or author". */
    public static String choices() {
        String all = Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
