/**
 * Markdown rendering (commonmark with tables, footnotes, autolinks and heading anchors), HTML
 * safety for anything that enters (the OWASP sanitizer), and converting the prose of a Markdown
 * text between scripts while leaving its code, links and markup alone.
 */
package org.tribune.markdown;
