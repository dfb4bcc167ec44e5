/**
 * Cross-cutting HTTP: addresses ({@link org.tribune.web.SitePaths}), the page frame and interface
 * text, language negotiation, the rendered-page cache with conditional and compressed responses,
 * security headers, and the one place where failures become error pages or problem documents.
 */
package org.tribune.web;
