package org.tribune.auth;

/** A signed-in person's session: who, and the token their forms must send back. */
public record AdminSession(Account account, String csrfToken) {}
