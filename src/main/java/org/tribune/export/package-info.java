/**
 * The static export: the whole public site written as files that any static server or CDN serves
 * under the same addresses. Pages come from the site's own table of public pages, rendered by the
 * same handlers the server answers with (without a server or HTTP), so the export and the live
 * site cannot drift apart; a second export rewrites only the files whose bytes changed and
 * deletes those of pages that are gone. Text files get a gzipped copy beside them.
 */
package org.tribune.export;
