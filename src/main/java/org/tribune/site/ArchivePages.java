package org.tribune.site;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tribune.content.Lang;
import org.tribune.content.Listing;
import org.tribune.content.MonthCount;
import org.tribune.web.Layout;
import org.tribune.web.Messages;
import org.tribune.web.PageNotFound;
import org.tribune.web.PageRequest;
import org.tribune.web.PageRoute;
import org.tribune.web.RenderedPage;
import org.tribune.web.SitePaths;

/** {@code /{lang}/archive/}: months with articles; {@code /{lang}/archive/{yyyy}/{mm}}: one month's articles. */
public final class ArchivePages {
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{2}");

    private final SiteRequests site;
    private final ListingRenderer listings;

    ArchivePages(SiteRequests site, ListingRenderer listings) {
        this.site = site;
        this.listings = listings;
    }

    List<PageRoute> pages() {
        return List.of(
                new PageRoute("/{lang}/archive", this::archive),
                new PageRoute("/{lang}/archive/{year}/{month}", request -> month(request, 1)),
                new PageRoute(
                        "/{lang}/archive/{year}/{month}/page/{n}",
                        request -> month(request, site.pageNumber(request, site.lang(request)))));
    }

    private RenderedPage archive(PageRequest request) {
        Lang lang = site.lang(request);
        return site.cached(request, () -> {
            Messages m = Messages.of(lang);
            Layout layout = site.layouts.everyLanguage(
                    lang, m.get("archive.heading"), m.get("description.archive"), SitePaths.archive(lang));
            return site.render("site/archive.jte", new ArchivePage(layout, years(lang, m)));
        });
    }

    private List<ArchivePage.Year> years(Lang lang, Messages m) {
        var monthFormat = DateTimeFormatter.ofPattern(m.get("month.pattern"), lang.locale());
        Map<Integer, List<ArchivePage.Month>> byYear = new LinkedHashMap<>();
        for (MonthCount mc : site.content.archive(lang)) {
            byYear.computeIfAbsent(mc.month().getYear(), y -> new ArrayList<>())
                    .add(new ArchivePage.Month(
                            monthFormat.format(mc.month()),
                            SitePaths.month(lang, mc.month(), 1),
                            m.get("archive.month.count", mc.count())));
        }
        return byYear.entrySet().stream()
                .map(e -> new ArchivePage.Year(e.getKey(), e.getValue()))
                .toList();
    }

    private RenderedPage month(PageRequest request, int page) {
        Lang lang = site.lang(request);
        YearMonth month = yearMonth(request, lang);
        Messages m = Messages.of(lang);
        String label = DateTimeFormatter.ofPattern(m.get("month.pattern"), lang.locale())
                .format(month);
        String heading = m.get("listing.month", label);
        return site.cached(
                request,
                () -> listings.render(
                        lang,
                        new Listing.InMonth(month),
                        page,
                        heading,
                        label,
                        m.get("description.month", label),
                        n -> SitePaths.month(lang, month, n)));
    }

    private static YearMonth yearMonth(PageRequest request, Lang lang) {
        String year = request.pathParam("year");
        String month = request.pathParam("month");
        if (!YEAR.matcher(year).matches() || !MONTH.matcher(month).matches()) {
            throw new PageNotFound(lang, "no archive " + year + "/" + month);
        }
        try {
            return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
        } catch (DateTimeException e) {
            throw new PageNotFound(lang, "no archive " + year + "/" + month);
        }
    }
}
