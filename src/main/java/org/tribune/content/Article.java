package org.tribune.content;

import java.time.Instant;

/**
 * A translation group: the editions of one piece in each language, sharing one slug.
 *
 * @param id the slug, shared by every edition's URL
 * @param published when the first edition went out, or null while none has
 */
public record Article(String id, Instant created, Instant published, Instant updated) {}
