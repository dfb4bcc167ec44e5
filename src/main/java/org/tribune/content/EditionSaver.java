package org.tribune.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tribune.markdown.HtmlSafety;
import org.tribune.markdown.MarkdownConversion;
import org.tribune.markdown.MarkdownRenderer;
import org.tribune.zh.ScriptConverter;

/** Validates, renders and stores editions; the write half of {@link ContentService}. */
public final class EditionSaver {
    /** Traditional text as typed but for its quotation marks. */
    private static final ScriptConverter CORNER_QUOTES =
            new TraditionalQuotes((text, from, to, out) -> out.append(text, from, to));

    private final ArticleRepository articles;
    private final EditionRepository editions;
    private final TaxonomyRepository taxonomies;
    private final AuthorTopicReferences references;
    private final MarkdownRenderer markdown;
    private final TraditionalDerivation derivation;
    private final RevisionRepository revisions;
    private final TranslationGapRepository gaps = new TranslationGapRepository();
    private final Clock clock;
    /** Traditional editions saved quote with 「 」 and 『 』 rather than keep the marks typed. */
    private final boolean cornerQuotes;

    EditionSaver(
            ArticleRepository articles,
            EditionRepository editions,
            TaxonomyRepository taxonomies,
            AuthorTopicReferences references,
            MarkdownRenderer markdown,
            TraditionalDerivation derivation,
            RevisionRepository revisions,
            Clock clock,
            boolean cornerQuotes) {
        this.cornerQuotes = cornerQuotes;
        this.revisions = revisions;
        this.articles = articles;
        this.editions = editions;
        this.taxonomies = taxonomies;
        this.references = references;
        this.markdown = markdown;
        this.derivation = derivation;
        this.clock = clock;
    }

    /**
     * Turns untrusted input into the edition to store, published when it has a publication time;
     * throws {@link InvalidContent} naming the field.
     */
    public Prepared prepare(EditionInput in) {
        return prepare(in, in.published() != null ? EditionStatus.PUBLISHED : EditionStatus.DRAFT);
    }

    /** As {@link #prepare(EditionInput)}, in the given workflow state. */
    public Prepared prepare(EditionInput in, EditionStatus status) {
        if (!Slugs.isValid(in.articleId())) {
            throw new InvalidContent(
                    "id",
                    "expected lowercase letters, digits and single hyphens (at most " + Slugs.MAX_LENGTH
                            + " characters), got '" + in.articleId() + "'");
        }
        if (in.lang() == null) {
            throw new InvalidContent("lang", "expected en, zh-Hans or zh-Hant");
        }
        EditionLimits.checkDate("published", in.published());
        EditionLimits.checkDate("updated", in.updated());
        // Counted before anything is done per name, so that a huge list costs nothing.
        List<Named> authors = names("authors", in.authors(), EditionLimits.MAX_AUTHORS);
        List<Named> topics = names("topics", in.topics(), EditionLimits.MAX_TOPICS);
        String title = required("title", HtmlSafety.plainText(in.title()), EditionLimits.MAX_TITLE);
        String summary = limited("summary", HtmlSafety.plainText(in.summary()), EditionLimits.MAX_SUMMARY);
        String body = in.bodyMarkdown() == null ? "" : in.bodyMarkdown();
        if (in.lang() == Lang.ZH_HANT && cornerQuotes) {
            // The same typographic step as for derived editions: prose only, code and link targets as typed.
            title = CORNER_QUOTES.convert(title);
            summary = CORNER_QUOTES.convert(summary);
            body = MarkdownConversion.convert(body, CORNER_QUOTES);
        }
        long bodyBytes = EditionLimits.utf8Length(body);
        if (bodyBytes > EditionLimits.MAX_BODY_BYTES) {
            throw new InvalidContent(
                    "body", "is " + bodyBytes + " bytes long; the limit is " + EditionLimits.MAX_BODY_BYTES + " bytes");
        }
        Instant updated =
                in.updated() != null ? in.updated() : in.published() != null ? in.published() : clock.instant();
        if (in.published() != null && updated.isBefore(in.published())) {
            throw new InvalidContent("updated", "must not be before published (" + in.published() + ")");
        }
        var edition = new Edition(
                in.articleId(),
                in.lang(),
                title,
                summary,
                body,
                markdown.render(body, in.lang().locale()),
                status,
                EditionOrigin.AUTHORED,
                in.published(),
                updated,
                SourceHash.of(title, summary, body),
                null,
                null);
        if (in.keepFieldsAsIs() != null) {
            for (String field : in.keepFieldsAsIs()) {
                if (!field.equals(UntranslatedBlocks.TITLE) && !field.equals(UntranslatedBlocks.SUMMARY)) {
                    throw new InvalidContent(
                            "keepAsIs", "names '" + field + "'; expected block numbers, \"title\" or \"summary\"");
                }
            }
        }
        return new Prepared(edition, authors, topics, in.keepAsIs(), in.keepFieldsAsIs(), in.publishUntranslated());
    }

    /**
     * Stores an imported edition. A translation that would be published or scheduled with
     * untranslated blocks is refused unless the input says to publish it anyway.
     *
     * @throws InvalidContent naming the untranslated blocks
     */
    public SaveResult save(Handle h, Prepared p) {
        return saveAll(h, List.of(p)).getFirst();
    }

    /**
     * Stores imported editions in order, as {@link #save(Handle, Prepared)} does, and derives each
     * article's Traditional edition once, after all of them: a batch that brings an article's
     * Simplified and its own Traditional edition (a WordPress translation group) derives nothing
     * that the hand-made one replaces.
     */
    public List<SaveResult> saveAll(Handle h, List<Prepared> prepared) {
        List<SaveResult> results = new ArrayList<>(prepared.size());
        Set<String> simplifiedSaved = new LinkedHashSet<>();
        for (Prepared p : prepared) {
            results.add(save(h, p, null, null, !p.publishUntranslated(), false));
            if (p.edition().lang() == Lang.ZH_HANS) {
                simplifiedSaved.add(p.edition().articleId());
            }
        }
        simplifiedSaved.forEach(articleId -> derivation.derive(h, articleId));
        return results;
    }

    /**
     * Stores a prepared edition and, when anything about it changed, a revision of it. The
     * authors and topics it names are linked by key; their names are never changed (see
     * {@link AuthorTopicReferences}).
     *
     * @param by the account saving; null for imports
     * @param note what kind of save this is, kept with the revision; null for a plain edit
     */
    public SaveResult save(Handle h, Prepared given, String by, String note) {
        return save(h, given, by, note, false, true);
    }

    private SaveResult save(
            Handle h,
            Prepared given,
            String by,
            String note,
            boolean refuseUntranslatedPublication,
            boolean deriveTraditional) {
        Optional<Edition> before =
                editions.find(h, given.edition().articleId(), given.edition().lang());
        articles.upsert(
                h,
                given.edition().articleId(),
                clock.instant(),
                given.edition().published(),
                given.edition().updated(),
                given.edition().lang(),
                by);
        Prepared p = given.edition().basedOnHash() != null
                ? given
                : given.basedOn(before.map(Edition::basedOnHash)
                        .or(() -> editions.sourceHash(
                                h, given.edition().articleId(), given.edition().lang()))
                        .orElse(null));
        Untranslated gap = untranslated(h, p);
        List<Integer> untranslated = gap.blocks();
        Edition e = untranslated.isEmpty() ? p.edition() : markedUntranslated(h, p.edition(), untranslated);
        if (refuseUntranslatedPublication
                && !gap.isEmpty()
                && (e.status() == EditionStatus.PUBLISHED || e.status() == EditionStatus.SCHEDULED)) {
            boolean one = gap.fields().size() + untranslated.size() == 1;
            throw new InvalidContent(
                    untranslated.isEmpty() ? gap.fields().getFirst() : "body",
                    UntranslatedBlocks.describe(gap.fields(), untranslated)
                            + (one ? " still reads" : " still read")
                            + " as the source edition: translate, list under keepAsIs,"
                            + " or set publishUntranslated to publish anyway");
        }
        List<IgnoredName> ignored = new ArrayList<>();
        taxonomies.link(
                h,
                Taxonomy.AUTHORS,
                e.articleId(),
                references.resolve(h, Taxonomy.AUTHORS, "authors", e.lang(), p.authors(), ignored));
        taxonomies.link(
                h,
                Taxonomy.TOPICS,
                e.articleId(),
                references.resolve(h, Taxonomy.TOPICS, "topics", e.lang(), p.topics(), ignored));
        // Links and new names may have changed even when the edition did not: caches must hear of it.
        articles.bumpContentVersion(h);
        boolean unchanged = before.isPresent() && before.get().equals(e);
        if (!unchanged) {
            editions.upsert(h, e);
            revisions.record(h, e, clock.instant(), by, note);
            ContentEvents.record(h, before, e, clock.instant());
        }
        gaps.recordUntranslated(h, e.articleId(), e.lang(), untranslated, gap.fields());
        if (deriveTraditional && e.lang() == Lang.ZH_HANS) {
            derivation.derive(h, e.articleId());
        }
        return new SaveResult(
                unchanged ? SaveOutcome.UNCHANGED : before.isPresent() ? SaveOutcome.UPDATED : SaveOutcome.CREATED,
                ignored);
    }

    /**
     * The translation's untranslated blocks by {@link UntranslatedBlocks}' rule, after storing the
     * input's "keep as is" marks when it brings any; none for a source edition or a derived one.
     */
    private Untranslated untranslated(Handle h, Prepared p) {
        Edition e = p.edition();
        if (p.keepAsIs() != null || p.keepFieldsAsIs() != null) {
            List<String> blocks = MarkdownBlocks.split(e.bodyMarkdown());
            Set<String> keys = new HashSet<>(gaps.keptKeys(h, e.articleId(), e.lang()));
            // Block keys are bare; field keys name their field: each list given replaces its own kind.
            keys.removeIf(k -> k.contains(":") ? p.keepFieldsAsIs() != null : p.keepAsIs() != null);
            if (p.keepFieldsAsIs() != null) {
                if (p.keepFieldsAsIs().contains(UntranslatedBlocks.TITLE)) {
                    keys.add(UntranslatedBlocks.fieldKey(UntranslatedBlocks.TITLE, e.title()));
                }
                if (p.keepFieldsAsIs().contains(UntranslatedBlocks.SUMMARY)) {
                    keys.add(UntranslatedBlocks.fieldKey(UntranslatedBlocks.SUMMARY, e.summary()));
                }
            }
            for (int number : p.keepAsIs() == null ? List.<Integer>of() : p.keepAsIs()) {
                if (number < 1 || number > blocks.size()) {
                    throw new InvalidContent(
                            "keepAsIs", "names block " + number + "; the body has blocks 1 to " + blocks.size());
                }
                keys.add(UntranslatedBlocks.key(blocks.get(number - 1)));
            }
            gaps.replaceKeptKeys(h, e.articleId(), e.lang(), keys);
        }
        return untranslated(h, e);
    }

    /** The edition's untranslated title, summary and blocks by {@link UntranslatedBlocks}' rule and its stored marks. */
    private Untranslated untranslated(Handle h, Edition e) {
        Lang sourceLang = articles.findOrigin(h, e.articleId())
                .map(ArticleRepository.ArticleOrigin::sourceLang)
                .orElse(e.lang());
        if (e.origin() != EditionOrigin.AUTHORED || !UntranslatedBlocks.applies(sourceLang, e.lang())) {
            return Untranslated.NONE;
        }
        Optional<Edition> source = editions.find(h, e.articleId(), sourceLang);
        if (source.isEmpty()) {
            return Untranslated.NONE;
        }
        List<String> sources = new ArrayList<>(List.of(source.get().bodyMarkdown()));
        List<String[]> headings = new ArrayList<>();
        headings.add(new String[] {source.get().title(), source.get().summary()});
        if (e.basedOnHash() != null && !e.basedOnHash().equals(source.get().sourceHash())) {
            revisions.findByHash(h, e.articleId(), sourceLang, e.basedOnHash()).ifPresent(r -> {
                sources.add(r.bodyMarkdown());
                headings.add(new String[] {r.title(), r.summary()});
            });
        }
        Set<String> kept = gaps.keptKeys(h, e.articleId(), e.lang());
        return new Untranslated(
                UntranslatedBlocks.findFields(e.title(), e.summary(), headings, kept),
                UntranslatedBlocks.find(e.bodyMarkdown(), sources, kept));
    }

    /** What of a translation reads as its source: the title and summary by name, the blocks by number. */
    private record Untranslated(List<String> fields, List<Integer> blocks) {
        static final Untranslated NONE = new Untranslated(List.of(), List.of());

        boolean isEmpty() {
            return fields.isEmpty() && blocks.isEmpty();
        }
    }

    /**
     * Counts a stored edition's untranslated blocks again, as saving it unchanged would, and marks
     * them in its HTML; for editions stored before the rule existed.
     *
     * @return whether the edition's HTML changed (readers' pages must be made again)
     */
    boolean recount(Handle h, String articleId, Lang lang) {
        Optional<Edition> stored = editions.find(h, articleId, lang);
        if (stored.isEmpty()) {
            return false;
        }
        Untranslated gap = untranslated(h, stored.get());
        List<Integer> untranslated = gap.blocks();
        gaps.recordUntranslated(h, articleId, lang, untranslated, gap.fields());
        if (untranslated.isEmpty()) {
            return false;
        }
        Edition marked = markedUntranslated(h, stored.get(), untranslated);
        if (marked.equals(stored.get())) {
            return false;
        }
        editions.upsert(h, marked);
        return true;
    }

    /** The edition with its untranslated blocks marked, in its HTML, as written in the source's language. */
    private Edition markedUntranslated(Handle h, Edition e, List<Integer> untranslated) {
        Lang sourceLang = articles.findOrigin(h, e.articleId())
                .map(ArticleRepository.ArticleOrigin::sourceLang)
                .orElseThrow();
        List<MarkdownBlocks.Block> blocks = MarkdownBlocks.locate(e.bodyMarkdown());
        List<MarkdownRenderer.Lines> foreign = untranslated.stream()
                .map(n -> blocks.get(n - 1))
                .map(b -> new MarkdownRenderer.Lines(b.firstLine(), b.lastLine()))
                .toList();
        return new Edition(
                e.articleId(),
                e.lang(),
                e.title(),
                e.summary(),
                e.bodyMarkdown(),
                markdown.render(e.bodyMarkdown(), e.lang().locale(), foreign, sourceLang.tag()),
                e.status(),
                e.origin(),
                e.published(),
                e.updated(),
                e.sourceHash(),
                e.basedOnHash(),
                e.derivedWith());
    }

    private static List<Named> names(String field, List<Named> given, int max) {
        if (given.size() > max) {
            throw new InvalidContent(field, "lists " + given.size() + "; the limit is " + max);
        }
        List<Named> cleaned = new ArrayList<>(given.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Named n = given.get(i);
            String where = field + "[" + i + "]";
            if (n == null || !EditionLimits.isKey(n.key())) {
                throw new InvalidContent(
                        where + ".key",
                        "expected a key of lowercase letters, digits and single hyphens, at most "
                                + EditionLimits.MAX_KEY + " characters, got '" + (n == null ? null : n.key()) + "'");
            }
            if (!seen.add(n.key())) {
                throw new InvalidContent(where + ".key", "'" + n.key() + "' is listed twice");
            }
            // A name is optional: a key alone refers to an author or topic that exists.
            String name = n.name() == null ? "" : HtmlSafety.plainText(n.name());
            cleaned.add(
                    new Named(n.key(), name.isEmpty() ? null : limited(where + ".name", name, EditionLimits.MAX_NAME)));
        }
        return cleaned;
    }

    private static String required(String field, String value, int max) {
        if (value.isEmpty()) {
            throw new InvalidContent(field, "must not be empty");
        }
        return limited(field, value, max);
    }

    private static String limited(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidContent(field, "is " + value.length() + " characters long; the limit is " + max);
        }
        return value;
    }

    /**
     * @param keepAsIs the input's "keep as is" block numbers; null leaves the stored marks
     * @param keepFieldsAsIs the input's "keep as is" title and summary; null leaves the stored marks
     * @param publishUntranslated an import may publish it with untranslated blocks
     */
    public record Prepared(
            Edition edition,
            List<Named> authors,
            List<Named> topics,
            List<Integer> keepAsIs,
            Set<String> keepFieldsAsIs,
            boolean publishUntranslated) {
        /** The same, recorded as translated from the source text with this hash. */
        public Prepared basedOn(String sourceHash) {
            Edition e = edition;
            return new Prepared(
                    new Edition(
                            e.articleId(),
                            e.lang(),
                            e.title(),
                            e.summary(),
                            e.bodyMarkdown(),
                            e.bodyHtml(),
                            e.status(),
                            e.origin(),
                            e.published(),
                            e.updated(),
                            e.sourceHash(),
                            sourceHash,
                            e.derivedWith()),
                    authors,
                    topics,
                    keepAsIs,
                    keepFieldsAsIs,
                    publishUntranslated);
        }
    }
}
