package org.tribune.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
    static final String KEY = "key";
    static final String ARTICLE = "article";
    static final String LANG = "lang";
    static final String PUBLISHED = "published";
    static final String SOURCE_HASH = "source_hash";
    static final String AUTHORS = "authors";
    static final String TOPICS = "topics";
    static final String AUTHOR_KEY = "author_key";
    /** Commit user data: present while the index is being filled from empty. */
    private static final String REBUILDING = "tribune.rebuilding";

    static final String TOPIC_KEY = "topic_key";
    /** Deeper pages cost more to collect than anyone reads. */
    public static final int MAX_PAGE = 100;
    /**
     * Matches are counted one by one up to this many; beyond it a search reports "more than" this,
     * and skips the matches that cannot reach the page it was asked for instead of scoring them.
     */
    public static final int EXACT_COUNT_UP_TO = 1_000;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analysis analysis;
    private final ResultPageSearch resultPageSearch;
    /** Null until {@link #bindMetrics}: searches are then timed. */
    private volatile Timer queryTimer;

    private final boolean created;
    /** Recorded in the last commit; null while the index records none (new, or being rebuilt). */
    private volatile IndexPosition position;
    /** True from a creation or {@link #clear()} until a commit that records a position. */
    private volatile boolean rebuilding;

    private final IndexedSourceHashes sourceHashes = new IndexedSourceHashes(this::readIndexedSourceHashes);

    private SearchIndex(Directory directory, boolean created, ChineseConversions conversions, Clock clock)
            throws IOException {
        this.directory = directory;
        this.created = created;
        this.analysis = new Analysis(conversions.converter(OpenccConfig.T2S));
        this.resultPageSearch = new ResultPageSearch(analysis, clock, this::withSearcher);
        var config = new IndexWriterConfig(analysis.perField())
                .setOpenMode(created ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        Map<String, String> committed = new HashMap<>();
        writer.getLiveCommitData().forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
        this.position = created ? null : IndexPosition.of(committed).orElse(null);
        this.rebuilding = created || Boolean.parseBoolean(committed.get(REBUILDING));
        commit();
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
            boolean fresh = !IndexLayout.readable(directory, folder);
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

    /**
     * True while the index is being filled from empty (it was missing or unreadable, or was
     * cleared) and has not been complete since: searches then see only part of the store. Stays
     * true across a restart until the filling completes.
     */
    public boolean rebuilding() {
        return rebuilding;
    }

    /** How far the last commit says the index has followed the store; empty while rebuilding. */
    Optional<IndexPosition> position() {
        return Optional.ofNullable(position);
    }

    /** The content version the index was last committed at, read from its commit; empty for a new or rebuilt index. */
    public OptionalLong committedContentVersion() {
        return position == null || rebuilding() ? OptionalLong.empty() : OptionalLong.of(position.contentVersion());
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
            sourceHashes.put(
                    key,
                    d.sourceHash() == null ? "" : d.sourceHash(),
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

    /** Removes everything; the index counts as being rebuilt from now on. Visible after {@link #publish()}. */
    public void clear() {
        try {
            sourceHashes.clear(() -> {
                writer.deleteAll();
                position = null;
                rebuilding = true;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the index", e);
        }
    }

    /**
     * Makes every write so far durable and visible to searches. The position recorded stays the
     * last one reached: writes since then are a part of the way to the next.
     */
    public void publish() {
        try {
            sourceHashes.publish(() -> {
                commit();
                searchers.maybeRefreshBlocking();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    /**
     * Publishes, recording that the index now holds every edition of {@code reached} as it was:
     * what a restart catches up from. Ends a rebuild.
     */
    void publish(IndexPosition reached) {
        IndexPosition before = position;
        boolean wasRebuilding = rebuilding;
        position = reached;
        rebuilding = false;
        try {
            publish();
        } catch (RuntimeException e) {
            position = before;
            rebuilding = wasRebuilding;
            throw e;
        }
    }

    /** Commits the writer with the layout, the position reached and whether a rebuild is under way. */
    private void commit() throws IOException {
        Map<String, String> commitData = new HashMap<>();
        IndexLayout.writeTo(commitData);
        IndexPosition reached = position;
        if (reached != null) {
            reached.writeTo(commitData);
        }
        if (rebuilding) {
            commitData.put(REBUILDING, "true");
        }
        writer.setLiveCommitData(commitData.entrySet());
        writer.commit();
    }

    /**
     * Merges the index into one segment, to be published next. Worth it after a bulk change:
     * related articles are ranked with less work on one segment (term statistics are looked up
     * once, not per segment, and each language's norms are dense), and a rebuilt index is mostly read.
     */
    void merge() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the search index", e);
        }
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
                        String hash =
                                hashes.advanceExact(doc) ? hashes.binaryValue().utf8ToString() : "";
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

    /**
     * As {@link #search(Lang, String, int, int)}, narrowed by topic, author and year.
     *
     * @throws IllegalArgumentException when page or pageSize is below 1
     */
    public SearchResults search(Lang lang, String query, int page, int pageSize, SearchFilter filter) {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and page size start at 1, got " + page + " and " + pageSize);
        }
        Timer timer = queryTimer;
        if (timer == null) {
            return resultPageSearch.page(lang, query, page, pageSize, filter);
        }
        return timer.record(() -> resultPageSearch.page(lang, query, page, pageSize, filter));
    }

    /**
     * Times every search of result pages as the {@code tribune.search.queries} timer (with a latency
     * histogram); a server does this once when it starts, the export never.
     */
    public void bindMetrics(MeterRegistry registry) {
        queryTimer = Timer.builder("tribune.search.queries")
                .description("Searches of result pages")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** How many editions in {@code lang} a search for {@code query} finds, without reading any. */
    public int count(Lang lang, String query) {
        return resultPageSearch.count(lang, query);
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
