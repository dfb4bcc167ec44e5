/**
 * How the journal reaches readers and machines beyond its own pages: Atom, RSS 2.0 and JSON Feed
 * per language, topic and author; the sitemap index with per-language sitemaps whose hreflang
 * alternates are reciprocal by construction; the Google News sitemap of the last 48 hours; and
 * {@code robots.txt}. Every document is rendered from published content only, with absolute
 * addresses from the site's public base URL, and served from the page cache.
 */
package org.tribune.feed;
