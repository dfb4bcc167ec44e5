/**
 * Who may do what in the newsroom: accounts with one role each, Argon2id password hashes,
 * sessions kept in the store (so any node can check them and a restart signs nobody out),
 * CSRF tokens, login throttling, and the guard every {@code /admin} route passes through.
 */
package org.tribune.auth;
