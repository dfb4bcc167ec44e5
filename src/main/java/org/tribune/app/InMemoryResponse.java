package org.tribune.app;

/** A status and a body: what the server answered a request asked of it in memory ({@link App#get}). */
public record InMemoryResponse(int status, byte[] body) {}
