/**
 * The journal's content: articles (translation groups), their editions per {@link org.tribune.content.Lang},
 * authors and topics; Markdown rendering and sanitizing; and {@link org.tribune.content.ContentService},
 * through which everything else reads and writes them.
 */
package org.tribune.content;
