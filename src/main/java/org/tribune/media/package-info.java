/**
 * Images the newsroom uploads: checked by their content (not their name), re-encoded so no
 * metadata or hidden payload survives, stored by content hash in the data folder's
 * {@code media} directory and served under {@code /media/} with year-long cache headers.
 */
package org.tribune.media;
