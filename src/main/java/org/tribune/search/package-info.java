/**
 * Full-text search over published editions: an embedded Lucene index in the data folder, English
 * analysis with stemming, Chinese word segmentation with Traditional folded to Simplified, queries
 * built from the reader's plain words, highlighted snippets, and keeping the index in step with
 * the store ({@link SearchSync}).
 */
package org.tribune.search;
