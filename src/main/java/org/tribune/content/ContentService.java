package org.tribune.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.tribune.db.Database;
import org.tribune.zh.ChineseConversions;

/**
 * Articles, editions, authors and topics: what the site reads and what imports and editors write.
 *
 * <pre>{@code
 * var content = new ContentService(db, Clock.systemUTC());
 * content.save(new EditionInput("korea-policy", Lang.EN, "Title", "Summary", "Body", published, null,
 *         List.of(new Named("jane-doe", "Jane Doe")), List.of()));
 * content.article("korea-policy", Lang.EN).ifPresent(view -> ...);
 * }</pre>
 */
public final class ContentService {
    public static final int PAGE_SIZE = 10;
    public static final int RELATED_LIMIT = 5;

    private final Database db;
    private final ArticleRepository articles;
    private final EditionRepository editions;
    private final TaxonomyRepository taxonomies;
    private final AuthorTopicRepository entities;
    private final EditionSaver saver;
    private final TraditionalDerivation derivation;
    private final RelatedArticles related;
    private final PublishedStamps published;
    private final ListingOrders listingOrders;
    private final SiteStampRepository stampRows = new SiteStampRepository();
    private final ArticleImageRepository images;
    private final ArticleImageWriter imageWriter;
    private final Clock clock;
    private final ContentStore store;
    private final RedirectService redirects;

    /** A store of its own on {@code db}, without related-article rankings: for tools and tests. */
    public ContentService(Database db, Clock clock) {
        this(new ContentStore(db, clock, ChineseConversions.load()), RelatedArticles.NONE);
    }

    /**
     * @param store the repositories and shared machinery, also used by the newsroom and the glossary
     * @param related ranks related articles; where it knows nothing, articles sharing a topic are shown
     */
    public ContentService(ContentStore store, RelatedArticles related) {
        this.store = store;
        this.db = store.database();
        this.related = related;
        this.clock = store.clock();
        this.articles = store.articles();
        this.editions = store.editions();
        this.taxonomies = store.taxonomies();
        this.entities = store.entities();
        this.derivation = store.derivation();
        this.saver = store.saver();
        this.published = new PublishedStamps(articles, editions);
        this.listingOrders = new ListingOrders(articles, editions);
        this.redirects = new RedirectService(store);
        this.images = store.articleImages();
        this.imageWriter = new ArticleImageWriter(images, articles);
    }

    /** How Traditional editions are derived on this site. */
    /** Old addresses (an imported WordPress site's, or added by admins) and the pages they now answer with. */
    public RedirectService redirects() {
        return redirects;
    }

    public TraditionalVariant traditionalVariant() {
        return derivation.variant();
    }

    /**
     * Derives again every Traditional edition derived with another variant than the site's: after
     * an upgrade that changed the default variant, or a derivation interrupted by a crash.
     *
     * @return how many articles were derived again
     */
    public int deriveAgainWhereVariantDiffers() {
        String current = derivation.variant().config().configName();
        int count = db.inTransaction(h -> {
            List<String> ids = editions.articlesDerivedOtherThan(h, current);
            ids.forEach(id -> derivation.derive(h, id));
            if (!ids.isEmpty()) {
                articles.bumpContentVersion(h);
            }
            return ids.size();
        });
        if (count > 0) {
            store.announceChange();
        }
        return count;
    }

    /**
     * Chooses how Traditional editions are derived, for the whole site, and derives every derived
     * edition again when the choice changes.
     *
     * @return how many articles were derived again (0 when the variant was already in use)
     */
    public int useTraditionalVariant(TraditionalVariant variant) {
        if (derivation.variant() == variant) {
            return 0;
        }
        int count = db.inTransaction(h -> {
            derivation.changeVariant(h, variant);
            List<String> ids = editions.articlesIn(h, Lang.ZH_HANS);
            ids.forEach(id -> derivation.derive(h, id));
            derivation.deriveAllEntities(h);
            articles.bumpContentVersion(h);
            return ids.size();
        });
        store.announceChange();
        return count;
    }

    /** Runs {@code listener} after every committed write made through this service. */
    public void onChange(Runnable listener) {
        store.onChange(listener);
    }

    /**
     * Stores one edition, creating its article, authors and topics as needed.
     *
     * @throws InvalidContent naming the field when the input cannot be stored
     */
    public SaveOutcome save(EditionInput input) {
        return saveAll(List.of(input)).getFirst();
    }

    /**
     * Stores several editions in one transaction: all of them or, on any failure, none.
     *
     * @throws InvalidContent naming the field of the first input that cannot be stored
     */
    public List<SaveOutcome> saveAll(List<EditionInput> inputs) {
        return outcomes(store(inputs.stream().map(saver::prepare).toList()));
    }

    /**
     * As {@link #saveAll(List)}, each edition in the workflow state given beside it: imports from
     * systems that have drafts and schedules of their own.
     *
     * @throws InvalidContent naming the field of the first input that cannot be stored
     */
    public List<SaveOutcome> saveAll(List<EditionInput> inputs, List<EditionStatus> statuses) {
        return outcomes(saveReporting(inputs, statuses));
    }

    /**
     * As {@link #saveAll(List, List)}, with the author and topic names each edition gave that
     * were not applied (they differ from the names the authors and topics have).
     *
     * @throws InvalidContent naming the field of the first input that cannot be stored
     */
    public List<SaveResult> saveReporting(List<EditionInput> inputs, List<EditionStatus> statuses) {
        if (inputs.size() != statuses.size()) {
            throw new IllegalArgumentException("one status per input expected");
        }
        var prepared = new ArrayList<EditionSaver.Prepared>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            prepared.add(saver.prepare(inputs.get(i), statuses.get(i)));
        }
        return store(prepared);
    }

    private static List<SaveOutcome> outcomes(List<SaveResult> results) {
        return results.stream().map(SaveResult::outcome).toList();
    }

    private List<SaveResult> store(List<EditionSaver.Prepared> prepared) {
        List<SaveResult> outcomes = db.inTransaction(h -> saver.saveAll(h, prepared));
        store.announceChange();
        return outcomes;
    }

    /** The edition of {@code slug} in {@code lang} as readers see it now, with what surrounds it. */
    public Optional<ArticleView> article(String slug, Lang lang) {
        return article(slug, lang, true);
    }

    /**
     * The edition of {@code slug} in {@code lang} as readers see it now, with its bylines, topics
     * and languages but no related articles: for indexes and feeds, which do not show them.
     */
    public Optional<ArticleView> articleWithoutRelated(String slug, Lang lang) {
        return article(slug, lang, false);
    }

    private Optional<ArticleView> article(String slug, Lang lang, boolean withRelated) {
        Instant now = clock.instant();
        // Ranked before the reads: a ranking not known yet searches the index, and should not hold
        // a database connection meanwhile.
        Optional<List<String>> ranked = withRelated ? related.rankedFor(slug) : Optional.empty();
        // One handle for the page's six or seven reads: the repositories' reads on this thread share it.
        return db.withHandle(handle -> editions.findPublished(slug, lang, now).map(edition -> {
            List<String> id = List.of(slug);
            var alsoLike = withRelated ? withBylines(related(slug, ranked, lang, now), lang) : List.<EditionTeaser>of();
            return new ArticleView(
                    edition,
                    taxonomies.namesFor(Taxonomy.AUTHORS, id, lang).getOrDefault(slug, List.of()),
                    taxonomies.namesFor(Taxonomy.TOPICS, id, lang).getOrDefault(slug, List.of()),
                    editions.publishedLangs(slug, now),
                    alsoLike,
                    images.find(id).get(slug));
        }));
    }

    /**
     * Every pairing of the published editions of {@code slug} for reading side by side, from one
     * reading of the article: for each ordered pair of its readable languages, the two editions
     * with their bodies paired block by block as the translation desk aligns them. Empty when fewer
     * than two editions are readable now. One reading serves all pairings: each edition is read,
     * placed against the source and its blocks rendered once, though it shows on four pages.
     */
    public List<SideBySide> sideBySides(String slug) {
        return db.withHandle(handle -> {
            Map<Lang, ArticleView> views = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                if (views.isEmpty()
                        || views.values().iterator().next().availableIn().contains(lang)) {
                    article(slug, lang, false).ifPresent(view -> views.put(lang, view));
                }
            }
            if (views.size() < 2) {
                return List.<SideBySide>of();
            }
            ArticleView anyView = views.values().iterator().next();
            Lang sourceLang = articles.findOrigin(handle, slug)
                    .map(ArticleRepository.ArticleOrigin::sourceLang)
                    .orElse(Lang.EN);
            Edition source = editions.find(handle, slug, sourceLang).orElse(anyView.edition());
            var pairing = new EditionPairing(
                    source,
                    hash -> store.revisions()
                            .findByHash(slug, source.lang(), hash)
                            .map(Revision::bodyMarkdown),
                    lang -> editions.find(handle, slug, lang));
            var markdown = store.markdown();
            // Each edition's blocks show on four pages: rendered once.
            Map<Lang, Map<String, String>> rendered = new EnumMap<>(Lang.class);
            BiFunction<String, Lang, String> render = (block, lang) -> block.isEmpty()
                    ? ""
                    : rendered.computeIfAbsent(lang, l -> new HashMap<>())
                            .computeIfAbsent(block, b -> markdown.renderBlock(b, lang.locale()));
            List<SideBySide> pairs = new ArrayList<>();
            for (ArticleView one : views.values()) {
                for (ArticleView other : views.values()) {
                    if (one == other) {
                        continue;
                    }
                    Lang first = one.edition().lang();
                    Lang second = other.edition().lang();
                    List<SideBySide.BlockPair> blocks = pairing.pair(one.edition(), other.edition()).stream()
                            .map(pair -> new SideBySide.BlockPair(
                                    render.apply(pair.first(), first), render.apply(pair.second(), second)))
                            .toList();
                    pairs.add(new SideBySide(one, other, blocks));
                }
            }
            return List.copyOf(pairs);
        });
    }

    /**
     * The group's ranking, kept to the articles readable in {@code lang} now, so every edition shows
     * the same order minus what its language lacks; articles sharing a topic while no ranking is known.
     */
    private List<EditionTeaser> related(String slug, Optional<List<String>> ranked, Lang lang, Instant now) {
        return ranked.map(ids -> firstPublished(
                        ids.stream().filter(id -> !id.equals(slug)).toList(), lang, now))
                .orElseGet(() -> editions.sharingTopics(slug, lang, now, RELATED_LIMIT));
    }

    /**
     * The first {@link #RELATED_LIMIT} of {@code ranked} readable in {@code lang}, in their order.
     * Most articles have every language, so the first few usually fill the block, and the teasers
     * of the rest of the ranking are never read.
     */
    private List<EditionTeaser> firstPublished(List<String> ranked, Lang lang, Instant now) {
        List<EditionTeaser> found = new ArrayList<>();
        int from = 0;
        int batch = RELATED_LIMIT + 3;
        while (found.size() < RELATED_LIMIT && from < ranked.size()) {
            int to = Math.min(ranked.size(), from + batch);
            found.addAll(editions.published(ranked.subList(from, to), lang, now));
            from = to;
            batch = ranked.size();
        }
        return List.copyOf(found.subList(0, Math.min(found.size(), RELATED_LIMIT)));
    }

    /**
     * Ranks the related articles of every article readers can see, on every core, so that the
     * pages rendered next find them ready (the static export renders every article page; ranking
     * them first keeps the searches together instead of spread over thousands of page requests).
     */
    public void rankAllRelated() {
        Set<String> ids = new LinkedHashSet<>();
        publishedStamps().forEach(stamp -> ids.add(stamp.articleId()));
        ids.parallelStream().forEach(related::rankedFor);
    }

    /**
     * The newest {@code limit} editions of a listing as readers see them now, each with its
     * bylines, topics and languages but no related articles: for feeds, in five queries however
     * many entries (reading one article at a time costs a few queries per entry). An edition
     * withdrawn between the reads is left out.
     */
    public List<ArticleView> latest(Listing listing, Lang lang, int limit) {
        return db.withHandle(handle -> latest(listing, lang, limit, clock.instant()));
    }

    private List<ArticleView> latest(Listing listing, Lang lang, int limit, Instant now) {
        List<String> ids = editions.list(listing, lang, now, limit, 0).stream()
                .map(EditionTeaser::articleId)
                .toList();
        return withoutRelated(ids, lang, now);
    }

    /**
     * The editions in {@code lang} of these articles as readers see them now, in the order given,
     * each as {@link #articleWithoutRelated} gives it, in five queries however many: for the
     * search index, which reads every edition when it is built. Articles without such an edition
     * are left out.
     */
    public List<ArticleView> articlesWithoutRelated(List<String> ids, Lang lang) {
        return db.withHandle(handle -> withoutRelated(ids, lang, clock.instant()));
    }

    private List<ArticleView> withoutRelated(List<String> ids, Lang lang, Instant now) {
        var authors = taxonomies.namesFor(Taxonomy.AUTHORS, ids, lang);
        var topics = taxonomies.namesFor(Taxonomy.TOPICS, ids, lang);
        var langs = editions.publishedLangs(ids, now);
        var pictures = images.find(ids);
        return editions.publishedEditions(ids, lang, now).stream()
                .map(edition -> new ArticleView(
                        edition,
                        authors.getOrDefault(edition.articleId(), List.of()),
                        topics.getOrDefault(edition.articleId(), List.of()),
                        langs.getOrDefault(edition.articleId(), Set.of()),
                        List.of(),
                        pictures.get(edition.articleId())))
                .toList();
    }

    /** Page {@code page} (from 1) of a listing; an empty page past the end. */
    public ListingPage listing(Listing listing, Lang lang, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, got " + page);
        }
        Instant now = clock.instant();
        return db.withHandle(handle -> {
            List<String> listed = listingOrders.of(listing, lang, now);
            int total = listed.size();
            long offset = (long) (page - 1) * PAGE_SIZE;
            var items = offset >= total
                    ? List.<EditionTeaser>of()
                    : editions.published(
                            listed.subList((int) offset, (int) Math.min(total, offset + PAGE_SIZE)), lang, now);
            return new ListingPage(withBylines(items, lang), page, PAGE_SIZE, total);
        });
    }

    public Optional<Topic> topic(String key) {
        return db.withHandle(h -> entities.find(h, Taxonomy.TOPICS, key).map(AuthorTopicRepository.Entity::topic));
    }

    public Optional<Author> author(String key) {
        return db.withHandle(h -> entities.find(h, Taxonomy.AUTHORS, key).map(AuthorTopicRepository.Entity::author));
    }

    /**
     * The key an author or topic merged away now answers for: readers of the old key's pages are
     * sent to this one's. Empty for keys never merged.
     */
    public Optional<String> mergedInto(Taxonomy taxonomy, String key) {
        return Optional.ofNullable(db.withHandle(h -> entities.aliasTargets(h, taxonomy, List.of(key)))
                .get(key));
    }

    public List<MonthCount> archive(Lang lang) {
        return editions.months(lang, clock.instant());
    }

    /**
     * Every edition readers can see now, without text, the editions of one article one after
     * another (articles in slug order): for sitemaps, the search index's sync, the site's stamps.
     * One reading serves them all until the store changes or a dated edition comes into view.
     */
    public List<EditionStamp> publishedStamps() {
        return published.asOf(clock.instant());
    }

    /**
     * As {@link #publishedStamps()}, with the content version the reading was made at (or before)
     * and when it was made, for a reader of the store that records how far it has followed it.
     */
    public PublishedEditions publishedEditions() {
        return published.editionsAsOf(clock.instant());
    }

    /**
     * Whether readers see now exactly the editions they saw in a reading made at {@code readAt}
     * under content version {@code contentVersion}: nothing was written since, on any node, and no
     * dated edition came into view in between.
     */
    public boolean unchangedSince(long contentVersion, Instant readAt) {
        if (contentVersion() != contentVersion) {
            return false;
        }
        Instant now = clock.instant();
        return !now.isBefore(readAt)
                && editions.nextPublication(readAt)
                        .map(next -> next.isAfter(now))
                        .orElse(true);
    }

    /** Fingerprints of everything readers can see now, to tell what changed since an earlier look. */
    public SiteStamps siteStamps() {
        List<EditionStamp> shown = published.asOf(clock.instant());
        return db.withHandle(h -> SiteStamps.of(
                shown,
                stampRows.listArticleLinks(h),
                stampRows.listAuthorNames(h),
                stampRows.listTopicNames(h),
                stampRows.listSettingsAndGlossary(h)));
    }

    /** Keys of the topics with at least one edition readers can see now, sorted. */
    public List<String> topicKeysInUse() {
        return taxonomies.keysInUse(Taxonomy.TOPICS, clock.instant());
    }

    /** Keys of the authors with at least one edition readers can see now, sorted. */
    public List<String> authorKeysInUse() {
        return taxonomies.keysInUse(Taxonomy.AUTHORS, clock.instant());
    }

    /**
     * For a translation made from an original that has changed since, the original's language
     * and when it changed; empty for originals, derived editions and translations up to date.
     */
    public Optional<OriginalUpdate> originalUpdatedSince(Edition translation) {
        if (translation.origin() != EditionOrigin.AUTHORED || translation.basedOnHash() == null) {
            return Optional.empty();
        }
        return editions.originalUpdatedSince(translation, clock.instant());
    }

    /**
     * Articles readers can see now, newest first: a page of at most {@code limit}, continuing
     * after {@code after} (null for the first page); only those with an edition in {@code lang}
     * when it is given.
     */
    public List<ArticleRef> publishedArticles(Lang lang, ArticleRef after, int limit) {
        return editions.publishedArticles(lang, clock.instant(), after, limit);
    }

    public Optional<Article> findArticle(String id) {
        return articles.find(id);
    }

    /** True while the store holds no article at all. */
    public boolean isEmpty() {
        return articles.isEmpty();
    }

    /** Grows with every content write on any node sharing this database. */
    public long contentVersion() {
        return articles.contentVersion();
    }

    /**
     * The bylines of these articles in {@code lang}, by article id, in one query: for search
     * results, which know an article's id and language but not its authors.
     */
    public Map<String, List<Named>> bylines(List<String> articleIds, Lang lang) {
        return taxonomies.namesFor(Taxonomy.AUTHORS, articleIds, lang);
    }

    /** The teasers with their bylines and images, in two reads for the whole list. */
    private List<EditionTeaser> withBylines(List<EditionTeaser> teasers, Lang lang) {
        List<String> ids = teasers.stream().map(EditionTeaser::articleId).toList();
        var bylines = taxonomies.namesFor(Taxonomy.AUTHORS, ids, lang);
        var pictures = images.find(ids);
        return teasers.stream()
                .map(t -> t.withAuthorsAndImage(
                        bylines.getOrDefault(t.articleId(), List.of()), pictures.get(t.articleId())))
                .toList();
    }

    /**
     * Gives an article its image, one for all its editions, with alt text and caption in the
     * languages given: what the editor, the API and imports call (a WordPress import with a stored
     * media hash and alt text per language, too).
     *
     * @throws InvalidContent when the article or the image is unknown, or a text is missing or too long
     */
    public void setArticleImage(String articleId, ArticleImageInput image) {
        db.useTransaction(h -> imageWriter.set(h, articleId, image));
        store.announceChange();
    }

    /** Whether the reference names an image of the media library (file name, {@code /media/} address or hash). */
    public boolean isMediaImage(String reference) {
        return reference != null
                && db.withHandle(h -> images.findMediaFile(h, reference)).isPresent();
    }

    /** Removes an article's image; true when it had one. */
    public boolean removeArticleImage(String articleId) {
        boolean had = db.inTransaction(h -> imageWriter.remove(h, articleId));
        if (had) {
            store.announceChange();
        }
        return had;
    }

    /** The article's image, whatever the state of its editions: for the newsroom and the API. */
    public Optional<ArticleImage> articleImage(String articleId) {
        return Optional.ofNullable(images.find(List.of(articleId)).get(articleId));
    }
}
