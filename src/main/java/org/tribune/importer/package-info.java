/**
 * Bringing content in from files: JSON Lines in the format DESIGN.md describes and folders of
 * Markdown files with front matter, reporting each bad line and keeping the good ones.
 */
package org.tribune.importer;
