/**
 * The editorial workflow over the content store: editions in any status, status changes and who
 * is assigned to translate, revisions and restoring them, the translation desk's progress, the
 * dashboard's overview, and the scheduler that publishes editions when their time comes. Used by
 * the newsroom's pages ({@code editor}) and the REST API ({@code api}); knows nothing of HTTP.
 */
package org.tribune.newsroom;
