package org.tribune.site;

import java.util.List;
import org.tribune.web.Layout;

/**
 * The search page: the form, and the results of the query if there is one.
 *
 * @param query the words searched for, to show in the form; empty when none
 * @param heading null when there is no query
 * @param count the number of results in words; null when there is no query, or when nothing was
 *     found while the index is being rebuilt
 * @param rebuilding that the index is being rebuilt and results may be incomplete; null when it is not
 * @param none the no-results message, or null when something was found or nothing asked
 * @param previous the better results' page, or null
 * @param next the further results' page, or null
 * @param elsewhere when nothing was found: the same search in the other languages that do find something
 */
public record SearchPage(
        Layout layout,
        String query,
        String heading,
        String count,
        String rebuilding,
        List<Result> results,
        String none,
        String previous,
        String next,
        String pageLabel,
        Filters filters,
        List<Link> elsewhere) {

    public SearchPage {
        results = List.copyOf(results);
        elsewhere = List.copyOf(elsewhere);
    }

    /**
     * One result.
     *
     * @param titleHtml escaped, with {@code <mark>} around matches; emitted unescaped
     * @param snippetHtml escaped, with {@code <mark>} around matches; emitted unescaped
     */
    public record Result(
            String titleHtml, String href, String snippetHtml, String date, String isoDate, List<Link> authors) {
        public Result {
            authors = List.copyOf(authors);
        }
    }

    /**
     * The filter form: topics, authors and years to choose from, the chosen ones selected.
     *
     * @param clearHref the same search without filters; null when none is set
     */
    public record Filters(List<Option> topics, List<Option> authors, List<Option> years, String clearHref) {}

    /** One choice in a filter list. */
    public record Option(String value, String label, boolean selected) {}
}
