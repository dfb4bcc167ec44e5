package org.tribune.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tribune.content.ArticleRepository;
import org.tribune.content.ContentEvents;
import org.tribune.content.ContentStore;
import org.tribune.content.Edition;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionNotFound;
import org.tribune.content.EditionOrigin;
import org.tribune.content.EditionRepository;
import org.tribune.content.EditionSaver;
import org.tribune.content.EditionStatus;
import org.tribune.content.InvalidContent;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.content.Revision;
import org.tribune.content.RevisionRepository;
import org.tribune.content.SaveOutcome;
import org.tribune.content.SaveResult;
import org.tribune.content.Taxonomy;
import org.tribune.content.TaxonomyRepository;
import org.tribune.content.TraditionalDerivation;
import org.tribune.content.TranslationGapRepository;
import org.tribune.db.Database;
import org.tribune.markdown.MarkdownRenderer;

/**
 * The newsroom's writes and reads: editions in any status, saves that keep their workflow state,
 * status changes, revisions and restoring them, and publishing what was scheduled. Which person
 * may do which of these is decided by the caller (the editor's workflow), not here.
 *
 * <pre>{@code
 * NewsroomService newsroom = new NewsroomService(store);
 * newsroom.save(input, "mei");
 * newsroom.changeStatus("korea-policy", Lang.EN, EditionStatus.PUBLISHED, null, "editor", "published");
 * }</pre>
 */
public final class NewsroomService {
    private final Database db;
    private final EditionRepository editions;
    private final TaxonomyRepository taxonomies;
    private final RevisionRepository revisions;
    private final ArticleRepository articles;
    private final EditionSaver saver;
    private final TraditionalDerivation derivation;
    private final MarkdownRenderer markdown;
    private final TranslationAssignmentRepository assignments = new TranslationAssignmentRepository();
    private final TranslationDeskRepository desk;
    private final TranslationGapRepository gaps = new TranslationGapRepository();
    private final TranslationGaps behind;
    private final Clock clock;
    /** Articles whose due editions one transaction of {@link #publishDue()} publishes at most. */
    static final int PUBLISH_BATCH = 100;

    private final Runnable changed;

    /** @param store the content store the site reads, whose listeners hear of every write made here */
    public NewsroomService(ContentStore store) {
        this.markdown = store.markdown();
        this.db = store.database();
        this.desk = new TranslationDeskRepository(db);
        this.behind = new TranslationGaps(store.editions(), store.revisions(), desk);
        this.editions = store.editions();
        this.taxonomies = store.taxonomies();
        this.revisions = store.revisions();
        this.articles = store.articles();
        this.saver = store.saver();
        this.derivation = store.derivation();
        this.clock = store.clock();
        this.changed = store::announceChange;
    }

    /** The edition in any status, with what the edit form shows. */
    public Optional<EditionDraft> draft(String articleId, Lang lang) {
        return drafts(articleId).in(lang);
    }

    /** The edition alone, in any status: its text and state without bylines or siblings. */
    public Optional<Edition> edition(String articleId, Lang lang) {
        return db.withHandle(h -> editions.find(h, articleId, lang));
    }

    /** Every edition of the article in any status, read in one go; none when there is no such article. */
    public ArticleDrafts drafts(String articleId) {
        return db.withHandle(h -> {
            var origin = articles.findOrigin(h, articleId);
            if (origin.isEmpty()) {
                return new ArticleDrafts(articleId, Map.of());
            }
            Map<Lang, String> assignees = new EnumMap<>(Lang.class);
            assignments.listForArticle(h, articleId).forEach(a -> assignees.put(a.lang(), a.username()));
            var ids = List.of(articleId);
            Map<Lang, EditionDraft> drafts = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                editions.find(h, articleId, lang)
                        .ifPresent(e -> drafts.put(
                                lang,
                                new EditionDraft(
                                        e,
                                        taxonomies
                                                .namesFor(Taxonomy.AUTHORS, ids, lang)
                                                .getOrDefault(articleId, List.of()),
                                        taxonomies
                                                .namesFor(Taxonomy.TOPICS, ids, lang)
                                                .getOrDefault(articleId, List.of()),
                                        origin.get().sourceLang(),
                                        origin.get().createdBy(),
                                        origin.get().openToTranslation(),
                                        assignees)));
            }
            return new ArticleDrafts(articleId, drafts);
        });
    }

    /**
     * Saves an edition's text, bylines and topics, keeping its workflow state (a new edition
     * starts as a draft) and recording a revision.
     *
     * @param by the account saving
     * @return what the save did, with the author and topic names given that were not applied
     * @throws InvalidContent naming the field that cannot be stored
     */
    public SaveResult save(EditionInput input, String by) {
        return save(input, by, false, null);
    }

    /**
     * As {@link #save(EditionInput, String)}; with {@code upToDateWithSource}, a translation is
     * recorded as made from the source's current text (a new translation always is), so it is no
     * longer shown as behind.
     */
    public SaveOutcome save(EditionInput input, String by, boolean upToDateWithSource) {
        return save(input, by, upToDateWithSource, null).outcome();
    }

    private SaveResult save(EditionInput input, String by, boolean upToDateWithSource, String note) {
        Optional<Edition> current = db.withHandle(h -> editions.find(h, input.articleId(), input.lang()));
        EditionStatus status = current.map(Edition::status).orElse(EditionStatus.DRAFT);
        Instant published = input.published() != null
                ? input.published()
                : current.map(Edition::published).orElse(null);
        var keep = new EditionInput(
                input.articleId(),
                input.lang(),
                input.title(),
                input.summary(),
                input.bodyMarkdown(),
                published,
                clock.instant(),
                input.authors(),
                input.topics(),
                input.keepAsIs(),
                input.publishUntranslated());
        var prepared = saver.prepare(keep, status);
        SaveResult outcome = db.inTransaction(h -> {
            if (upToDateWithSource) {
                // Caught up as a whole: whatever the desk had left is settled.
                desk.delete(h, input.articleId(), input.lang());
            }
            return saver.save(
                    h,
                    upToDateWithSource
                            ? prepared.basedOn(editions.sourceHash(h, input.articleId(), input.lang())
                                    .orElse(null))
                            : prepared,
                    by,
                    note);
        });
        changed.run();
        return outcome;
    }

    /** The source's text as it was when it had {@code sourceHash}: what a translation was made from. */
    public Optional<Revision> sourceAsOf(String articleId, Lang sourceLang, String sourceHash) {
        return sourceHash == null ? Optional.empty() : revisions.findByHash(articleId, sourceLang, sourceHash);
    }

    /**
     * What the edition still lacks as a translation: its untranslated blocks as of its last save and
     * how many source blocks it is behind; nothing for a source or derived edition.
     */
    public TranslationGap gap(String articleId, Lang lang) {
        return db.withHandle(h -> {
            Optional<Edition> e = editions.find(h, articleId, lang);
            Lang sourceLang = articles.findOrigin(h, articleId)
                    .map(ArticleRepository.ArticleOrigin::sourceLang)
                    .orElse(lang);
            if (e.isEmpty() || lang == sourceLang || e.get().origin() != EditionOrigin.AUTHORED) {
                return TranslationGap.NONE;
            }
            return new TranslationGap(
                    gaps.untranslated(h, articleId, lang),
                    behind.behindBlocks(h, articleId, lang, sourceLang, e.get().basedOnHash()));
        });
    }

    /** Keys of the edition's blocks marked "keep as is" (see UntranslatedBlocks.key). */
    public Set<String> keptBlocks(String articleId, Lang lang) {
        return db.withHandle(h -> gaps.keptKeys(h, articleId, lang));
    }

    /** A translation's unfinished catching-up on the translation desk, if any. */
    public Optional<DeskProgress> deskProgress(String articleId, Lang lang) {
        return desk.find(articleId, lang);
    }

    /**
     * Saves a translation from the translation desk. With nothing pending the translation is up to
     * date with the source; otherwise {@code progress} is remembered for the next visit and the
     * translation stays behind.
     */
    public SaveOutcome saveFromDesk(EditionInput input, String by, DeskProgress progress) {
        SaveOutcome outcome =
                save(input, by, progress.pending().isEmpty(), null).outcome();
        if (!progress.pending().isEmpty()) {
            db.useTransaction(h -> {
                desk.delete(h, input.articleId(), input.lang());
                desk.insert(h, input.articleId(), input.lang(), progress);
            });
        }
        return outcome;
    }

    /** The body as the site would render it, for the editor's live preview. */
    public String preview(String markdown, Lang lang) {
        return markdown == null ? "" : this.markdown.render(markdown, lang.locale());
    }

    /**
     * Moves an edition to another workflow state; nothing else about it changes.
     *
     * @param publishAt when a scheduled or published edition appears; null keeps its time, or now
     * @throws EditionNotFound when there is no such edition
     */
    public void changeStatus(String articleId, Lang lang, EditionStatus to, Instant publishAt, String by, String note) {
        changeStatus(articleId, lang, to, publishAt, by, note, false);
    }

    /**
     * As {@link #changeStatus(String, Lang, EditionStatus, Instant, String, String)}; a translation
     * with untranslated blocks goes to review, is scheduled or published only with
     * {@code publishUntranslated} (an editor's explicit "publish anyway").
     *
     * @throws UntranslatedBlocksRemain listing the blocks, when they keep the move from happening
     */
    public void changeStatus(
            String articleId,
            Lang lang,
            EditionStatus to,
            Instant publishAt,
            String by,
            String note,
            boolean publishUntranslated) {
        db.useTransaction(h -> {
            Edition e = editions.find(h, articleId, lang).orElseThrow(() -> new EditionNotFound(articleId, lang));
            List<Integer> untranslated = gaps.untranslated(h, articleId, lang);
            boolean goesOut =
                    to == EditionStatus.PUBLISHED || to == EditionStatus.SCHEDULED || to == EditionStatus.IN_REVIEW;
            if (goesOut && !untranslated.isEmpty() && !publishUntranslated) {
                Lang sourceLang = articles.findOrigin(h, articleId)
                        .map(ArticleRepository.ArticleOrigin::sourceLang)
                        .orElse(Lang.EN);
                throw new UntranslatedBlocksRemain(articleId, lang, sourceLang, untranslated);
            }
            Instant at = publishAt != null
                    ? publishAt
                    : to == EditionStatus.PUBLISHED && (e.published() == null || e.status() != EditionStatus.PUBLISHED)
                            ? clock.instant()
                            : e.published();
            store(h, withState(e, to, at), by, note);
        });
        changed.run();
    }

    /**
     * Publishes every scheduled edition whose time has come and that no other node is publishing:
     * with several nodes on one database, each edition is published by one of them, once.
     *
     * @return how many were published
     */
    public int publishDue() {
        return publishDue(PUBLISH_BATCH);
    }

    /**
     * As {@link #publishDue()}, claiming at most {@code batchSize} articles per transaction and
     * going on until none is left: however many editions fall due at once, no transaction holds
     * more than a batch of locks, and what each batch published is committed and shown before the
     * next.
     */
    int publishDue(int batchSize) {
        int total = 0;
        while (true) {
            Instant now = clock.instant();
            int count = db.inTransaction(h -> {
                List<Edition> due = editions.claimScheduledDue(h, now, batchSize);
                due.forEach(e ->
                        store(h, withState(e, EditionStatus.PUBLISHED, e.published()), null, "published on schedule"));
                return due.size();
            });
            if (count == 0) {
                return total;
            }
            total += count;
            changed.run();
        }
    }

    /**
     * Assigns the edition in {@code lang} to a translator, or, with a null {@code username}, to
     * nobody. Whether the account exists and translates is the caller's to check.
     */
    public void assign(String articleId, Lang lang, String username, String by) {
        db.useTransaction(h -> {
            assignments.delete(h, articleId, lang);
            if (username != null) {
                assignments.insert(h, articleId, lang, username, by, clock.instant());
            }
        });
    }

    /** Opens the article's unassigned editions to every translator, or closes them. */
    public void openToTranslation(String articleId, boolean open) {
        articles.updateOpenToTranslation(articleId, open);
    }

    /** Newest first. */
    public List<Revision> revisions(String articleId, Lang lang) {
        return revisions.list(articleId, lang);
    }

    public Optional<Revision> revision(String articleId, Lang lang, int number) {
        return revisions.find(articleId, lang, number);
    }

    /**
     * Saves an old revision's text as the newest revision; status, bylines and topics stay.
     *
     * @throws EditionNotFound when the edition or the revision does not exist
     */
    public SaveOutcome restore(String articleId, Lang lang, int number, String by) {
        Revision old = revisions
                .find(articleId, lang, number)
                .orElseThrow(() -> new EditionNotFound(
                        "no revision " + number + " of the " + lang.tag() + " edition of '" + articleId + "'"));
        EditionDraft now = draft(articleId, lang).orElseThrow(() -> new EditionNotFound(articleId, lang));
        return save(
                        new EditionInput(
                                articleId,
                                lang,
                                old.title(),
                                old.summary(),
                                old.bodyMarkdown(),
                                null,
                                null,
                                Named.keysOnly(now.authors()),
                                Named.keysOnly(now.topics())),
                        by,
                        false,
                        "restored " + number)
                .outcome();
    }

    private void store(Handle h, Edition e, String by, String note) {
        ContentEvents.record(h, editions.find(h, e.articleId(), e.lang()), e, clock.instant());
        editions.upsert(h, e);
        revisions.record(h, e, clock.instant(), by, note);
        articles.upsert(
                h,
                e.articleId(),
                clock.instant(),
                e.status() == EditionStatus.PUBLISHED ? e.published() : null,
                e.updated(),
                e.lang(),
                by);
        articles.bumpContentVersion(h);
        if (e.lang() == Lang.ZH_HANS) {
            derivation.derive(h, e.articleId());
        }
    }

    private static Edition withState(Edition e, EditionStatus status, Instant published) {
        return new Edition(
                e.articleId(),
                e.lang(),
                e.title(),
                e.summary(),
                e.bodyMarkdown(),
                e.bodyHtml(),
                status,
                e.origin(),
                published,
                e.updated(),
                e.sourceHash(),
                e.basedOnHash(),
                e.derivedWith());
    }
}
