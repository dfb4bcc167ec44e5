package org.tribune.content;

import java.time.Instant;

/**
 * An article in a newest-first listing, and the point to continue after.
 *
 * @param firstPublished when its first edition that readers can see went out
 */
public record ArticleRef(String id, Instant firstPublished) {}
