package org.tribune.content;

import java.time.Instant;

/**
 * Where and when an edition stands, without its text: enough to list it in a sitemap.
 *
 * @param updated the writer's last change; never before {@code published}
 * @param sourceHash changes whenever the title, summary or body does, even when {@code updated} does not
 */
public record EditionStamp(String articleId, Lang lang, Instant published, Instant updated, String sourceHash) {}
