package org.tribune.content;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.tribune.db.Database;
import org.tribune.markdown.MarkdownRenderer;
import org.tribune.zh.ChineseConversions;

/**
 * The stored content's shared parts, one set per database: the repositories, the edition saver
 * and the Traditional derivation (whose variant is site-wide state), and the listeners told of
 * every committed write. {@link ContentService}, the newsroom's workflow and the glossary are
 * built on the same store, so a save through any of them derives, records revisions and notifies
 * alike.
 *
 * <pre>{@code
 * var store = new ContentStore(db, Clock.systemUTC(), ChineseConversions.load());
 * var content = new ContentService(store, RelatedArticles.NONE);
 * var newsroom = new NewsroomService(store);
 * }</pre>
 */
public final class ContentStore {
    private final Database db;
    private final Clock clock;
    private final ArticleRepository articles;
    private final EditionRepository editions;
    private final TaxonomyRepository taxonomies;
    private final AuthorTopicRepository entities;
    private final GlossaryRepository glossary;
    private final RevisionRepository revisions;
    private final ArticleImageRepository articleImages;
    private final MarkdownRenderer markdown;
    private final TraditionalDerivation derivation;
    private final EditionSaver saver;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<String>>> namesListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> forgottenListeners = new CopyOnWriteArrayList<>();

    /** A store whose Traditional editions quote with 「 」 and 『 』. */
    public ContentStore(Database db, Clock clock, ChineseConversions conversions) {
        this(db, clock, conversions, true);
    }

    /**
     * @param conversions the Chinese converters, loaded once and shared
     * @param cornerQuotes Traditional editions, derived or saved, quote with 「 」 and 『 』; otherwise
     *     they keep the marks they were written with
     */
    public ContentStore(Database db, Clock clock, ChineseConversions conversions, boolean cornerQuotes) {
        this.db = db;
        this.clock = clock;
        this.articles = new ArticleRepository(db);
        this.editions = new EditionRepository(db);
        this.taxonomies = new TaxonomyRepository(db);
        this.entities = new AuthorTopicRepository();
        this.glossary = new GlossaryRepository(db);
        this.revisions = new RevisionRepository(db);
        this.articleImages = new ArticleImageRepository(db);
        this.markdown = new MarkdownRenderer();
        this.derivation = new TraditionalDerivation(
                new SiteSettingRepository(db),
                conversions,
                glossary,
                editions,
                taxonomies,
                entities,
                markdown,
                clock,
                cornerQuotes);
        this.saver = new EditionSaver(
                articles,
                editions,
                taxonomies,
                new AuthorTopicReferences(entities),
                markdown,
                derivation,
                revisions,
                clock,
                cornerQuotes);
    }

    public Database database() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public ArticleRepository articles() {
        return articles;
    }

    public EditionRepository editions() {
        return editions;
    }

    public TaxonomyRepository taxonomies() {
        return taxonomies;
    }

    AuthorTopicRepository entities() {
        return entities;
    }

    GlossaryRepository glossary() {
        return glossary;
    }

    public ArticleImageRepository articleImages() {
        return articleImages;
    }

    public RevisionRepository revisions() {
        return revisions;
    }

    public MarkdownRenderer markdown() {
        return markdown;
    }

    public TraditionalDerivation derivation() {
        return derivation;
    }

    public EditionSaver saver() {
        return saver;
    }

    /** Runs {@code listener} after every committed write made through any service on this store. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Tells the listeners that a write was committed: caches drop pages, the search index syncs. */
    public void announceChange() {
        changeListeners.forEach(Runnable::run);
    }

    /**
     * Runs {@code listener} with the articles naming an author or topic after its names changed (an
     * edit or a merge, on any node): their editions' text, and so its hash, is unchanged.
     */
    void onNamesChanged(Consumer<List<String>> listener) {
        namesListeners.add(listener);
    }

    void announceNamesChanged(List<String> articleIds) {
        namesListeners.forEach(listener -> listener.accept(articleIds));
    }

    /**
     * Runs {@code listener} when this node finds that changes it has not applied were pruned from the
     * outbox (it was cut off longer than the outbox keeps them): what they changed cannot be told, so
     * whatever follows the store must be checked as a whole, names included.
     */
    public void onChangesForgotten(Runnable listener) {
        forgottenListeners.add(listener);
    }

    void announceChangesForgotten() {
        forgottenListeners.forEach(Runnable::run);
    }
}
