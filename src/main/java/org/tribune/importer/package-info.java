/**
 * Bringing content in from files: JSON Lines in the format DESIGN.md describes and folders of
 * Markdown files with front matter, and WordPress exports (WXR, read as a stream with Polylang or
 * WPML translation groups), reporting each bad line or item and keeping the good ones.
 */
package org.tribune.importer;
