/**
 * Images the newsroom uploads: checked by their content (not their name), re-encoded so no
 * metadata or hidden payload survives, stored by content hash in the
 * database (with smaller copies for {@code srcset}, made at upload) so that every node serves them,
 * copied to each node's data folder on first use, and served under {@code /media/} with year-long
 * cache headers.
 */
package org.tribune.media;
