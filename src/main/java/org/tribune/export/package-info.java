/**
 * The static export: the whole public site written as files that any static server or CDN serves
 * under the same addresses. Pages come from the running site itself, so the export and the live
 * site cannot drift apart; a second export rewrites only the files whose bytes changed and
 * deletes those of pages that are gone. Text files get a gzipped copy beside them.
 */
package org.tribune.export;
