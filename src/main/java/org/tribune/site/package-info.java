/**
 * The public site readers see: home, article, topic, author and archive pages in each language,
 * rendered with jte from one page record per template and served from the page cache.
 */
package org.tribune.site;
