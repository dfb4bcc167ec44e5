package org.tribune.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which layout an index on disk was written with, kept in its commit data. An index with another
 * layout, or one that cannot be read, is rebuilt from the store rather than read.
 */
final class IndexLayout {
    private static final Logger log = LoggerFactory.getLogger(IndexLayout.class);

    /**
     * What the index's documents look like; an index written with another layout is rebuilt on
     * open, so this changes whenever {@link IndexedFields} does. The documents have term vectors on
     * title, body and topics, which related articles read; offsets in the postings of title,
     * summary and body, which highlighting reads; each edition's key and source hash as doc values,
     * which the sync reads for every edition at each start; the text results show as doc values
     * ({@link HitText}), nothing stored but the language; and the other language's text fields,
     * empty, so that norms are dense.
     */
    static final String VERSION = "8";

    private static final String COMMIT_DATA_KEY = "tribune.layout";

    private IndexLayout() {}

    /** Records this layout in the user data of a commit. */
    static void writeTo(Map<String, String> commitData) {
        commitData.put(COMMIT_DATA_KEY, VERSION);
    }

    /** True when {@code directory} holds an index of this layout that opens; logs why not otherwise. */
    static boolean readable(Directory directory, Path folder) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                log.info("no search index in {}; it will be built from the store", folder);
                return false;
            }
            String layout =
                    SegmentInfos.readLatestCommit(directory).getUserData().get(COMMIT_DATA_KEY);
            if (!VERSION.equals(layout)) {
                log.info(
                        "the search index in {} has layout {}, not {}; it will be rebuilt from the store",
                        folder,
                        layout,
                        VERSION);
                return false;
            }
            try (var reader = DirectoryReader.open(directory)) {
                return reader.maxDoc() >= 0;
            }
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "the search index in {} cannot be read ({}); it will be rebuilt from the store",
                    folder,
                    e.toString());
            return false;
        }
    }
}
