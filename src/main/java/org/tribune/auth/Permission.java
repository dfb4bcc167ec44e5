package org.tribune.auth;

import io.javalin.security.RouteRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a route needs. Every {@code /admin} route declares one when it is added; the guard refuses
 * routes that declare none, so a route cannot ship unprotected by forgetting.
 */
public enum Permission implements RouteRole {
    /** Pages anyone may reach: the login form itself. */
    PUBLIC(EnumSet.allOf(Role.class)),
    /** The dashboard and reading any edition's state. */
    NEWSROOM(EnumSet.allOf(Role.class)),
    /** Writing an edition: authors their own drafts, translators translations, editors anything. */
    WRITE(EnumSet.of(Role.ADMIN, Role.EDITOR, Role.TRANSLATOR, Role.AUTHOR)),
    /** Review, publish, schedule, withdraw. */
    PUBLISH(EnumSet.of(Role.ADMIN, Role.EDITOR)),
    /** Authors and topics: their names, bios and descriptions, and merging two into one. */
    AUTHORS_AND_TOPICS(EnumSet.of(Role.ADMIN, Role.EDITOR)),
    /** Accounts and site settings. */
    ADMINISTER(EnumSet.of(Role.ADMIN));

    private final Set<Role> roles;

    Permission(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }
}
