package org.tribune.web;

/** A page shown instead of what was asked for: not found, bad request, or our own failure. */
public record ErrorPage(Layout layout, int status, String heading, String message) {}
