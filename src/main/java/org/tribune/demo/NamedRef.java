package org.tribune.demo;

/** An author or topic as it appears on one edition's line: the shared key and the name in that edition's language. */
record NamedRef(String key, String name) {}
