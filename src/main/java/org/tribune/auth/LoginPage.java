package org.tribune.auth;

import org.tribune.web.AdminLayout;

/**
 * The sign-in form.
 *
 * @param formToken the login CSRF token, also set as a cookie: the two must match on submit
 * @param next where to go after signing in
 * @param error the message to show after a failed attempt; null before one
 */
public record LoginPage(AdminLayout layout, String username, String formToken, String next, String error) {}
