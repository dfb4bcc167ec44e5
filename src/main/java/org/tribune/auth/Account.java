package org.tribune.auth;

/** A person who signs in to the newsroom. */
public record Account(String username, String displayName, Role role, boolean disabled) {

    public boolean may(Permission permission) {
        return !disabled && permission.grantedTo(role);
    }
}
