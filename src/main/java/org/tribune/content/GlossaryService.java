package org.tribune.content;

import java.util.List;
import org.jdbi.v3.core.HandleConsumer;
import org.tribune.db.Database;

/**
 * The site's glossary of conversion overrides, for names and terms whose usage differs by region
 * (特朗普 → 川普 for Taiwan). Changing it derives again every Traditional edition it affects.
 *
 * <pre>{@code
 * new GlossaryService(store).put(new GlossaryEntry("特朗普", "川普", "tw"));
 * }</pre>
 */
public final class GlossaryService {
    private final Database db;
    private final GlossaryRepository glossary;
    private final TraditionalDerivation derivation;
    private final ArticleRepository articles;
    private final Runnable changed;

    public GlossaryService(ContentStore store) {
        this.db = store.database();
        this.glossary = store.glossary();
        this.derivation = store.derivation();
        this.articles = store.articles();
        this.changed = store::announceChange;
    }

    public List<GlossaryEntry> list() {
        return glossary.list();
    }

    /**
     * Adds or replaces an override, then derives again the editions that mention its term.
     *
     * @return how many articles were derived again
     */
    public int put(GlossaryEntry entry) {
        return change(entry.term(), h -> glossary.put(h, entry));
    }

    /**
     * Removes an override, then derives again the editions that mention its term.
     *
     * @return how many articles were derived again, or -1 when there was no such override
     */
    public int remove(String term, String region) {
        boolean[] removed = {false};
        int rederived = change(term, h -> removed[0] = glossary.remove(h, term, region));
        return removed[0] ? rederived : -1;
    }

    private int change(String term, HandleConsumer<RuntimeException> edit) {
        int count;
        try {
            count = db.inTransaction(h -> {
                edit.useHandle(h);
                derivation.reloadGlossary();
                List<String> affected = glossary.articlesMentioning(h, term);
                affected.forEach(id -> derivation.derive(h, id));
                // Authors and topics no article in Chinese links yet are named by the glossary too.
                derivation.deriveAllEntities(h);
                articles.bumpContentVersion(h);
                return affected.size();
            });
        } finally {
            // Built inside the transaction, the converter saw the change: drop it whether or not it held.
            derivation.reloadGlossary();
        }
        changed.run();
        return count;
    }
}
