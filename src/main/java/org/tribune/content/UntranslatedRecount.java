package org.tribune.content;

import java.util.List;
import org.tribune.db.Database;

/**
 * Counts the untranslated blocks of the editions listed for it (every edition written by hand when
 * the list was made: those saved before the count existed had none), by the rule a save applies,
 * so that the dashboard and the API show them without each edition being saved again. Run when
 * the application starts; an edition leaves the list once counted, so a second run finds nothing.
 * Two nodes starting at once may count the same edition twice, with the same result.
 */
public final class UntranslatedRecount {
    /** Editions counted per transaction: small enough not to hold the database for long. */
    private static final int BATCH = 200;

    private final ContentStore store;
    private final TranslationGapRepository gaps = new TranslationGapRepository();

    public UntranslatedRecount(ContentStore store) {
        this.store = store;
    }

    /** @return how many editions were counted */
    public int run() {
        Database db = store.database();
        int counted = 0;
        boolean pagesChanged = false;
        while (true) {
            List<TranslationGapRepository.EditionKey> batch = db.withHandle(h -> gaps.waitingForRecount(h, BATCH));
            if (batch.isEmpty()) {
                break;
            }
            pagesChanged |= db.inTransaction(h -> {
                boolean changed = false;
                for (var edition : batch) {
                    changed |= store.saver().recount(h, edition.articleId(), edition.lang());
                    gaps.recounted(h, edition);
                }
                if (changed) {
                    store.articles().bumpContentVersion(h);
                }
                return changed;
            });
            counted += batch.size();
        }
        if (pagesChanged) {
            store.announceChange();
        }
        return counted;
    }
}
