package org.tribune.newsroom;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tribune.content.Edition;
import org.tribune.content.EditionRepository;
import org.tribune.content.Lang;
import org.tribune.content.MarkdownBlocks;
import org.tribune.content.Revision;
import org.tribune.content.RevisionRepository;

/**
 * Counts how far a translation is behind its source, block by block: the blocks the translation
 * desk still has waiting when the translator left it part-way, else the source's blocks that
 * changed since the text the translation was made from.
 */
final class TranslationGaps {
    private final EditionRepository editions;
    private final RevisionRepository revisions;
    private final TranslationDeskRepository desk;

    TranslationGaps(EditionRepository editions, RevisionRepository revisions, TranslationDeskRepository desk) {
        this.editions = editions;
        this.revisions = revisions;
        this.desk = desk;
    }

    /** 0 when the translation is up to date, or when the text it was made from is not on record. */
    int behindBlocks(Handle h, String articleId, Lang lang, Lang sourceLang, String basedOnHash) {
        Optional<DeskProgress> progress = desk.find(h, articleId, lang);
        if (progress.isPresent()) {
            return progress.get().pending().size();
        }
        Optional<Edition> source = editions.find(h, articleId, sourceLang);
        if (basedOnHash == null
                || source.isEmpty()
                || basedOnHash.equals(source.get().sourceHash())) {
            return 0;
        }
        Optional<Revision> earlier = revisions.findByHash(h, articleId, sourceLang, basedOnHash);
        if (earlier.isEmpty()) {
            return 0;
        }
        Set<String> before = new HashSet<>(MarkdownBlocks.split(earlier.get().bodyMarkdown()));
        Set<String> now = new HashSet<>(MarkdownBlocks.split(source.get().bodyMarkdown()));
        // A rewritten block is one gone and one new: counted once.
        return Math.max(missingFrom(now, before), missingFrom(before, now));
    }

    private static int missingFrom(Set<String> blocks, Set<String> other) {
        return (int) blocks.stream().filter(b -> !other.contains(b)).count();
    }
}
