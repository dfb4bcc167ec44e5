package org.tribune.content;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tribune.markdown.MarkdownConversion;
import org.tribune.markdown.MarkdownRenderer;
import org.tribune.zh.ChineseConversions;
import org.tribune.zh.ScriptConverter;

/**
 * Keeps a Traditional edition derived from each Simplified one: title, summary, Markdown body
 * (prose only) and the names of authors and topics, converted with the site's variant and
 * glossary. An edition a person wrote or edited is never overwritten.
 */
public final class TraditionalDerivation {
    private final SiteSettingRepository settings;
    private final ChineseConversions conversions;
    private final GlossaryRepository glossary;
    private final EditionRepository editions;
    private final TaxonomyRepository taxonomies;
    private final AuthorTopicRepository entities;
    private final MarkdownRenderer markdown;
    private volatile TraditionalVariant variant;
    /** Derived editions quote with 「 」 and 『 』 rather than keep the Simplified edition's marks. */
    private final boolean cornerQuotes;

    private volatile ScriptConverter converter;

    private final Clock clock;

    TraditionalDerivation(
            SiteSettingRepository settings,
            ChineseConversions conversions,
            GlossaryRepository glossary,
            EditionRepository editions,
            TaxonomyRepository taxonomies,
            AuthorTopicRepository entities,
            MarkdownRenderer markdown,
            Clock clock,
            boolean cornerQuotes) {
        this.cornerQuotes = cornerQuotes;
        this.clock = clock;
        this.settings = settings;
        this.conversions = conversions;
        this.glossary = glossary;
        this.editions = editions;
        this.taxonomies = taxonomies;
        this.entities = entities;
        this.markdown = markdown;
    }

    /** The site's variant, as stored; {@code s2tw} until someone chooses another. */
    TraditionalVariant variant() {
        TraditionalVariant current = variant;
        if (current == null) {
            current = settings.find(SiteSettingRepository.TRADITIONAL_VARIANT)
                    .flatMap(TraditionalVariant::fromName)
                    .orElse(TraditionalVariant.S2TW);
            variant = current;
        }
        return current;
    }

    /** Stores a new variant; the caller derives the editions again. */
    void changeVariant(Handle h, TraditionalVariant newVariant) {
        settings.put(
                h, SiteSettingRepository.TRADITIONAL_VARIANT, newVariant.name().toLowerCase(Locale.ROOT));
        variant = newVariant;
        converter = null;
    }

    /** Builds the converter again, after the glossary changed. */
    void reloadGlossary() {
        converter = null;
    }

    /** Reads the site's variant and glossary again when next needed: another node may have changed them. */
    void forgetSiteSettings() {
        variant = null;
        converter = null;
    }

    private ScriptConverter converter(Handle h) {
        ScriptConverter current = converter;
        if (current == null) {
            TraditionalVariant v = variant();
            var terms = glossary.termsFor(h, v.region().orElse(GlossaryEntry.ALL_REGIONS));
            current = ChineseConversions.withOverrides(conversions.converter(v.config()), terms);
            converter = current;
        }
        return current;
    }

    /** Derives (again) the Traditional edition of an article from its Simplified one, if it has one. */
    public void derive(Handle h, String articleId) {
        Optional<Edition> source = editions.find(h, articleId, Lang.ZH_HANS);
        if (source.isEmpty()) {
            return;
        }
        ScriptConverter convert = converter(h);
        deriveNames(h, Taxonomy.AUTHORS, articleId, convert);
        deriveNames(h, Taxonomy.TOPICS, articleId, convert);
        Optional<Edition> existing = editions.find(h, articleId, Lang.ZH_HANT);
        if (existing.isPresent() && existing.get().origin() == EditionOrigin.AUTHORED) {
            return;
        }
        Edition derived = from(source.get(), convert);
        if (existing.isEmpty() || !existing.get().equals(derived)) {
            ContentEvents.record(h, existing, derived, clock.instant());
            editions.upsert(h, derived);
        }
    }

    private Edition from(Edition s, ScriptConverter convert) {
        ScriptConverter prose = cornerQuotes ? new TraditionalQuotes(convert) : convert;
        String title = prose.convert(s.title());
        String summary = prose.convert(s.summary());
        String body = MarkdownConversion.convert(s.bodyMarkdown(), prose);
        return new Edition(
                s.articleId(),
                Lang.ZH_HANT,
                title,
                summary,
                body,
                markdown.render(body, Lang.ZH_HANT.locale()),
                s.status(),
                EditionOrigin.DERIVED,
                s.published(),
                s.updated(),
                SourceHash.of(title, summary, body),
                s.sourceHash(),
                variant().config().configName());
    }

    private void deriveNames(Handle h, Taxonomy t, String articleId, ScriptConverter convert) {
        List<Named> names = taxonomies.namesIn(h, t, articleId, Lang.ZH_HANS);
        for (Named name : names) {
            deriveEntity(h, t, name.key(), convert);
        }
    }

    /**
     * Converts the author's or topic's Simplified name and bio (or description) into its
     * Traditional ones, unless a person wrote those; nothing when it has no Simplified name.
     */
    void deriveEntity(Handle h, Taxonomy t, String key) {
        deriveEntity(h, t, key, converter(h));
    }

    private void deriveEntity(Handle h, Taxonomy t, String key, ScriptConverter convert) {
        entities.find(h, t, key).map(e -> e.rows().get(Lang.ZH_HANS)).ifPresent(simplified -> {
            String about = simplified.about() == null ? null : convert.convert(simplified.about());
            entities.putDerivedRow(
                    h,
                    t,
                    key,
                    Lang.ZH_HANT,
                    new AuthorTopicRepository.NameRow(convert.convert(simplified.name()), about, true));
        });
    }

    /** Derives again the Traditional names of every author and topic: the variant or glossary changed. */
    void deriveAllEntities(Handle h) {
        ScriptConverter convert = converter(h);
        for (Taxonomy t : Taxonomy.values()) {
            for (var e : entities.list(h, t)) {
                if (e.rows().containsKey(Lang.ZH_HANS)) {
                    deriveEntity(h, t, e.key(), convert);
                }
            }
        }
    }
}
