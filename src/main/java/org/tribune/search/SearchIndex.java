package org.tribune.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.content.Lang;
import org.tribune.zh.ChineseConversions;
import org.tribune.zh.OpenccConfig;

/**
 * The search index: one Lucene document per published edition, in the data folder.
 *
 * <pre>{@code
 * try (var index = SearchIndex.open(dataDir.resolve("index"), ChineseConversions.load(), Clock.systemUTC())) {
 *     index.put(SearchDocument.of(view));
 *     index.publish();
 *     SearchResults page = index.search(Lang.ZH_HANT, "導彈", 1, 10);
 * }
 * }</pre>
 *
 * <p>Thread-safe: searches run concurrently with writes; writes become visible at {@link #publish()}.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    static final String KEY = "key";
    static final String ARTICLE = "article";
    static final String LANG = "lang";
    static final String PUBLISHED = "published";
    static final String SOURCE_HASH = "source_hash";
    static final String AUTHORS = "authors";
    static final String TOPICS = "topics";
    /** Deeper pages cost more to collect than anyone reads. */
    public static final int MAX_PAGE = 100;
    /**
     * Matches are counted one by one up to this many; beyond it a search reports "more than" this,
     * and skips the matches that cannot reach the page it was asked for instead of scoring them.
     */
    public static final int EXACT_COUNT_UP_TO = 1_000;
    /**
     * What the index's documents look like; an index written with another layout is rebuilt on
     * open, so this changes whenever {@link IndexedFields} does. The documents have term vectors on
     * title, body and topics, which related articles read; offsets in the postings of title,
     * summary and body, which highlighting reads; each edition's key and source hash as doc values,
     * which the sync reads for every edition at each start; the text results show as doc values
     * ({@link HitText}), nothing stored but the language; and the other language's text fields,
     * empty, so that norms are dense.
     */
    static final String LAYOUT = "8";
    static final String AUTHOR_KEY = "author_key";
    static final String TOPIC_KEY = "topic_key";
    private static final String LAYOUT_KEY = "tribune.layout";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analysis analysis;
    private final Snippets snippets;
    private final Clock clock;
    private final boolean created;
    private final IndexedSourceHashes sourceHashes = new IndexedSourceHashes(this::readIndexedSourceHashes);

    private SearchIndex(Directory directory, boolean created, ChineseConversions conversions, Clock clock)
            throws IOException {
        this.directory = directory;
        this.created = created;
        this.clock = clock;
        this.analysis = new Analysis(conversions.converter(OpenccConfig.T2S));
        this.snippets = new Snippets(analysis);
        var config = new IndexWriterConfig(analysis.perField())
                .setOpenMode(created ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        this.writer.commit();
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index in {@code folder}, creating it when missing; an unreadable index is deleted
     * and created empty, to be filled again from the store ({@link #wasCreated()}).
     *
     * @throws UncheckedIOException when the folder cannot be written
     */
    public static SearchIndex open(Path folder, ChineseConversions conversions, Clock clock) {
        try {
            Files.createDirectories(folder);
            Directory directory = FSDirectory.open(folder);
            boolean fresh = !readable(directory, folder);
            if (fresh) {
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
            }
            return new SearchIndex(directory, fresh, conversions, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** An index in memory, for tests and one-off use. */
    public static SearchIndex inMemory(ChineseConversions conversions, Clock clock) {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), true, conversions, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean readable(Directory directory, Path folder) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                log.info("no search index in {}; it will be built from the store", folder);
                return false;
            }
            String layout = SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY);
            if (!LAYOUT.equals(layout)) {
                log.info("the search index in {} has layout {}, not {}; it will be rebuilt from the store", folder,
                        layout, LAYOUT);
                return false;
            }
            try (var reader = DirectoryReader.open(directory)) {
                return reader.maxDoc() >= 0;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("the search index in {} cannot be read ({}); it will be rebuilt from the store", folder, e.toString());
            return false;
        }
    }

    /** True when this index started empty: new, or replacing an unreadable one. */
    public boolean wasCreated() {
        return created;
    }

    static String key(String articleId, Lang lang) {
        return articleId + "|" + lang.tag();
    }

    /** Adds the edition, or replaces what the index held of it. Visible after {@link #publish()}. */
    public void put(SearchDocument d) {
        Document doc = IndexedFields.of(d);
        String key = key(d.articleId(), d.lang());
        try {
            sourceHashes.put(key, d.sourceHash() == null ? "" : d.sourceHash(),
                    () -> writer.updateDocument(new Term(KEY, key), doc));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + key, e);
        }
    }

    /** Removes the edition from the index, if it is there. Visible after {@link #publish()}. */
    public void remove(String articleId, Lang lang) {
        removeKey(key(articleId, lang));
    }

    void removeKey(String key) {
        try {
            sourceHashes.remove(key, () -> writer.deleteDocuments(new Term(KEY, key)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + key + " from the index", e);
        }
    }

    /** Removes everything. Visible after {@link #publish()}. */
    public void clear() {
        try {
            sourceHashes.clear(writer::deleteAll);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the index", e);
        }
    }

    /** Makes every write so far durable and visible to searches. */
    public void publish() {
        try {
            sourceHashes.publish(() -> {
                writer.commit();
                searchers.maybeRefreshBlocking();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    /**
     * Merges the index into one segment and publishes it. Worth it after a bulk change: related
     * articles are ranked with less work on one segment (term statistics are looked up once, not
     * per segment, and each language's norms are dense), and a rebuilt index is mostly read.
     */
    public void compact() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the search index", e);
        }
        publish();
    }

    /**
     * Each published edition's key ({@code id|lang}) and its source hash as indexed, read from the
     * index once and then kept up to date by this index's own writes: a read-only view that changes
     * at each {@link #publish()}.
     */
    Map<String, String> indexedSourceHashes() {
        return sourceHashes.published();
    }

    /** What {@link #indexedSourceHashes()} holds, read from every document of the published view. */
    Map<String, String> readIndexedSourceHashes() {
        return withSearcher(searcher -> {
            Map<String, String> hashesByKey = new HashMap<>();
            for (var leaf : searcher.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                var keys = DocValues.getSorted(leaf.reader(), KEY);
                var hashes = DocValues.getBinary(leaf.reader(), SOURCE_HASH);
                for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        String hash = hashes.advanceExact(doc) ? hashes.binaryValue().utf8ToString() : "";
                        hashesByKey.put(keys.lookupOrd(keys.ordValue()).utf8ToString(), hash);
                    }
                }
            }
            return hashesByKey;
        });
    }

    /** How many editions the index holds. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * Page {@code page} (from 1) of the editions in {@code lang} that match every word of
     * {@code query} (or nearly every word, for longer queries), best first. The query is plain words:
     * operators and quotes mean nothing, and no input makes this fail.
     *
     * @throws IllegalArgumentException when page or pageSize is below 1
     */
    public SearchResults search(Lang lang, String query, int page, int pageSize) {
        return search(lang, query, page, pageSize, SearchFilter.none());
    }

    /** As {@link #search(Lang, String, int, int)}, narrowed by topic, author and year. */
    public SearchResults search(Lang lang, String query, int page, int pageSize, SearchFilter filter) {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and page size start at 1, got " + page + " and " + pageSize);
        }
        String text = SearchQuery.clean(query);
        List<String> terms = terms(lang, text);
        if (terms.isEmpty() || page > MAX_PAGE) {
            return SearchResults.none(text, page, pageSize);
        }
        Query matching = SearchQueries.matching(lang, terms);
        Instant now = clock.instant();
        Query visible = SearchQueries.visible(matching, lang, now, filter);
        // The boost's clock is coarse (an hour) so repeated searches share cached work.
        long hour = now.toEpochMilli() / 3_600_000L * 3_600_000L;
        Query ranked = new RecencyBoost(visible, PUBLISHED, hour);
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(ranked, new TopScoreDocCollectorManager(page * pageSize, EXACT_COUNT_UP_TO));
            int[] shown = Arrays.stream(top.scoreDocs).skip((long) (page - 1) * pageSize).mapToInt(sd -> sd.doc).toArray();
            List<Snippets.Snippet> marked = snippets.of(searcher, matching, lang, shown);
            List<SearchHit> hits = new ArrayList<>(shown.length);
            for (int i = 0; i < shown.length; i++) {
                hits.add(hit(searcher, shown[i], lang, marked.get(i)));
            }
            boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
            int total = exact ? Math.toIntExact(top.totalHits.value()) : EXACT_COUNT_UP_TO;
            return new SearchResults(text, hits, page, pageSize, total, exact);
        });
    }

    /** How many editions in {@code lang} a search for {@code query} finds, without reading any. */
    public int count(Lang lang, String query) {
        List<String> terms = terms(lang, SearchQuery.clean(query));
        if (terms.isEmpty()) {
            return 0;
        }
        Query visible = SearchQueries.visible(SearchQueries.matching(lang, terms), lang, clock.instant(), SearchFilter.none());
        return withSearcher(searcher -> searcher.count(visible));
    }

    private List<String> terms(Lang lang, String cleanQuery) {
        return cleanQuery.isEmpty() ? List.of() : analysis.terms(lang, cleanQuery);
    }

    /** The article id and date come from doc values: reading them costs no stored-document decompression. */
    private static SearchHit hit(IndexSearcher searcher, int doc, Lang lang, Snippets.Snippet marked) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        SortedDocValues articles = DocValues.getSorted(leaf.reader(), ARTICLE);
        NumericDocValues published = DocValues.getNumeric(leaf.reader(), PUBLISHED);
        if (!articles.advanceExact(local) || !published.advanceExact(local)) {
            throw new IllegalStateException("edition without an article id or date in the index: doc " + doc);
        }
        return new SearchHit(articles.lookupOrd(articles.ordValue()).utf8ToString(), lang, marked.titleHtml(),
                marked.passageHtml(), Instant.ofEpochMilli(published.longValue()));
    }

    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} on the latest published view of the index. */
    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    Analysis analysis() {
        return analysis;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        } finally {
            analysis.close();
        }
    }
}
