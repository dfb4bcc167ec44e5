/**
 * Demo journal content and the synthetic benchmark corpus.
 *
 * <p>{@link SyntheticCorpus} writes a deterministic, trilingual corpus (English, Simplified and
 * Traditional Chinese) as JSON Lines so benchmarks and "related articles" checks can run against realistic volumes
 * without shipping real articles. Every string it emits comes from hand-written tables in this package that carry
 * the Simplified and Traditional forms side by side, so the corpus never depends on script conversion.
 */
package org.tribune.demo;
