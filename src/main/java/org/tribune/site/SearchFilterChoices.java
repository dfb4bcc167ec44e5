package org.tribune.site;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.tribune.content.ContentService;
import org.tribune.content.Lang;
import org.tribune.content.MonthCount;
import org.tribune.search.SearchFilter;

/**
 * What the search page's filters offer in each language: the topics and authors with published
 * articles, by name, and the years that have any. Worked out again whenever the page cache is
 * dropped, which content changes do: asking the database for its content version on every search
 * cost more than the rest of the choices.
 */
final class SearchFilterChoices {
    private final ContentService content;
    private final LongSupplier version;
    private final Map<Lang, Choices> byLang = new ConcurrentHashMap<>();

    /** What one language offers as of one cache generation, with its option lists rendered as asked for. */
    private record Choices(long version, List<String[]> topics, List<String[]> authors, List<String[]> years,
            Map<String, String> rendered) {

        /**
         * The {@code <option>} elements of one list with {@code chosen} selected. An unknown choice
         * selects nothing, like none: at most one rendering per option is kept, whatever the URL.
         */
        String options(String list, List<String[]> pairs, String chosen) {
            String selected = chosen != null && pairs.stream().anyMatch(p -> p[0].equals(chosen)) ? chosen : null;
            return rendered.computeIfAbsent(list + "\u0000" + selected, key -> render(pairs, selected));
        }
    }

    SearchFilterChoices(ContentService content, LongSupplier version) {
        this.content = content;
        this.version = version;
    }

    SearchPage.Filters of(Lang lang, SearchFilter chosen, String clearHref) {
        long version = this.version.getAsLong();
        Choices c = byLang.get(lang);
        if (c == null || c.version() != version) {
            c = byLang.compute(lang, (l, known) -> known != null && known.version() == version ? known : load(l, version));
        }
        return new SearchPage.Filters(c.options("topic", c.topics(), chosen.topic()),
                c.options("author", c.authors(), chosen.author()),
                c.options("year", c.years(), chosen.year() == null ? null : String.valueOf(chosen.year())), clearHref);
    }

    private Choices load(Lang lang, long version) {
        List<String[]> topics = new ArrayList<>();
        for (String key : content.topicKeysInUse()) {
            content.topic(key).ifPresent(t -> topics.add(new String[] {key, t.nameIn(lang)}));
        }
        List<String[]> authors = new ArrayList<>();
        for (String key : content.authorKeysInUse()) {
            content.author(key).ifPresent(a -> authors.add(new String[] {key, a.nameIn(lang)}));
        }
        Comparator<String[]> byName = Comparator.comparing(pair -> pair[1]);
        topics.sort(byName);
        authors.sort(byName);
        var years = new TreeSet<Integer>(Comparator.reverseOrder());
        for (MonthCount month : content.archive(lang)) {
            years.add(Year.from(month.month()).getValue());
        }
        List<String[]> yearPairs = years.stream().map(y -> new String[] {String.valueOf(y), String.valueOf(y)}).toList();
        return new Choices(version, topics, authors, yearPairs, new ConcurrentHashMap<>());
    }

    /** {@code <option value="key">name</option>} for each pair, escaped as the templates escape. */
    private static String render(List<String[]> pairs, String selected) {
        var out = new StringOutput(pairs.size() * 48);
        for (String[] pair : pairs) {
            out.writeContent("<option value=\"");
            Escape.htmlAttribute(pair[0], out);
            out.writeContent(pair[0].equals(selected) ? "\" selected>" : "\">");
            Escape.htmlContent(pair[1], out);
            out.writeContent("</option>\n");
        }
        return out.toString();
    }
}
