/**
 * The newsroom's pages under {@code /admin}: the dashboard's status matrix, the edition editor with
 * its live preview, the workflow buttons (who may move an edition from draft to review to
 * published), the revision history with diffs and restore, the translation desk and account
 * management. The workflow itself is {@code org.tribune.newsroom}'s.
 */
package org.tribune.editor;
