package org.tribune.content;

/** An author or topic as a reader sees it in one language: its key (for URLs) and its name. */
public record Named(String key, String name) {}
