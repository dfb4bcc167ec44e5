package org.tribune.demo;

/** An invented contributor; {@code name} carries the English byline and both Chinese bylines. */
record CorpusAuthor(String key, Phrase name) {}
