package org.tribune.web;

/**
 * A page shown instead of what was asked for: not found, bad request, or our own failure.
 *
 * @param requestId the request's id on our own failures (5xx), for the reader to quote and the
 *     operator to find in the log; null otherwise
 */
public record ErrorPage(Layout layout, int status, String heading, String message, String requestId) {}
