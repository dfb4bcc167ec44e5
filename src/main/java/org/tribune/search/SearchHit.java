package org.tribune.search;

import java.time.Instant;
import org.tribune.content.Lang;

/**
 * One result: the edition and what to show of it.
 *
 * @param titleHtml the title, HTML-escaped, with matched words in {@code <mark>}
 * @param snippetHtml a passage of the text, HTML-escaped, with matched words in {@code <mark>}
 */
public record SearchHit(String articleId, Lang lang, String titleHtml, String snippetHtml, Instant published) {}
