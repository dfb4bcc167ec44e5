package org.tribune.site;

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

    private record Choices(long version, List<String[]> topics, List<String[]> authors, List<Integer> years) {}

    SearchFilterChoices(ContentService content, LongSupplier version) {
        this.content = content;
        this.version = version;
    }

    SearchPage.Filters of(Lang lang, SearchFilter chosen, String clearHref) {
        long version = this.version.getAsLong();
        Choices c = byLang.get(lang);
        if (c == null || c.version() != version) {
            c = byLang.compute(
                    lang, (l, known) -> known != null && known.version() == version ? known : load(l, version));
        }
        List<SearchPage.Option> years = c.years().stream()
                .map(y -> new SearchPage.Option(String.valueOf(y), String.valueOf(y), y.equals(chosen.year())))
                .toList();
        return new SearchPage.Filters(
                options(c.topics(), chosen.topic()), options(c.authors(), chosen.author()), years, clearHref);
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
        return new Choices(version, topics, authors, List.copyOf(years));
    }

    private static List<SearchPage.Option> options(List<String[]> pairs, String chosen) {
        return pairs.stream()
                .map(p -> new SearchPage.Option(p[0], p[1], p[0].equals(chosen)))
                .toList();
    }
}
