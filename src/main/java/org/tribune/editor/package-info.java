/**
 * The newsroom under {@code /admin}: the dashboard's status matrix, the edition editor with its
 * live preview, the workflow (who may move an edition from draft to review to published), the
 * revision history with diffs and restore, account management, and publishing what was scheduled.
 */
package org.tribune.editor;
