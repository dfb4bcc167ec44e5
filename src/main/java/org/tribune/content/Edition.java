package org.tribune.content;

import java.time.Instant;

/**
 * One language's version of an article.
 *
 * @param bodyHtml the body rendered from Markdown and sanitized; safe to emit unescaped
 * @param sourceHash SHA-256 over title, summary and Markdown body, to tell when a source changed
 * @param basedOnHash for a translation, the source edition's hash it was made from; null otherwise
 * @param derivedWith for a derived edition, the conversion that made it (e.g. {@code s2t}); null otherwise
 */
public record Edition(
        String articleId,
        Lang lang,
        String title,
        String summary,
        String bodyMarkdown,
        String bodyHtml,
        EditionStatus status,
        EditionOrigin origin,
        Instant published,
        Instant updated,
        String sourceHash,
        String basedOnHash,
        String derivedWith) {}
