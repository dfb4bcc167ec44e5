package org.tribune.site;

/** A labelled address, as templates show them. */
public record Link(String label, String href) {}
