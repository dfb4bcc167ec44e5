package org.tribune.content;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An edition as written or imported, before Tribune renders and stores it. Text is untrusted.
 *
 * @param published when readers may see it; null keeps it unpublished
 * @param updated the last change the writer made; defaults to {@code published}
 * @param keepAsIs numbers (from 1) of the body's blocks meant to read as in the source, for a
 *     translation (see {@link UntranslatedBlocks}); null leaves the marks already stored as they are
 * @param keepFieldsAsIs {@code title} and/or {@code summary}, for a translation whose title or summary
 *     is meant to read as the source's (a proper name); null leaves the marks already stored
 * @param publishUntranslated a published import may have untranslated blocks; when false, the
 *     import refuses it (see {@link UntranslatedBlocks})
 */
public record EditionInput(
        String articleId,
        Lang lang,
        String title,
        String summary,
        String bodyMarkdown,
        Instant published,
        Instant updated,
        List<Named> authors,
        List<Named> topics,
        List<Integer> keepAsIs,
        Set<String> keepFieldsAsIs,
        boolean publishUntranslated) {

    public EditionInput {
        authors = authors == null ? List.of() : List.copyOf(authors);
        topics = topics == null ? List.of() : List.copyOf(topics);
        keepAsIs = keepAsIs == null ? null : List.copyOf(keepAsIs);
        keepFieldsAsIs = keepFieldsAsIs == null ? null : Set.copyOf(keepFieldsAsIs);
    }

    /**
     * An edition made by code (a test, a WordPress import) whose "keep as is" marks stay as stored
     * and whose publication is as given: only the JSON Lines and Markdown import, reading what a
     * line asks for, refuse to publish untranslated blocks.
     */
    public EditionInput(
            String articleId,
            Lang lang,
            String title,
            String summary,
            String bodyMarkdown,
            Instant published,
            Instant updated,
            List<Named> authors,
            List<Named> topics) {
        this(articleId, lang, title, summary, bodyMarkdown, published, updated, authors, topics, null, null, true);
    }

    /** The same edition with these blocks kept as is. */
    public EditionInput keepingAsIs(List<Integer> blocks) {
        return new EditionInput(
                articleId,
                lang,
                title,
                summary,
                bodyMarkdown,
                published,
                updated,
                authors,
                topics,
                blocks,
                keepFieldsAsIs,
                publishUntranslated);
    }
}
