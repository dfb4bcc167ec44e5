package org.tribune.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
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
import org.tribune.web.ReadRoutes;
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

    void addRoutes(RoutesConfig routes) {
        ReadRoutes.add(routes, "/{lang}/archive", this::archive);
        ReadRoutes.add(routes, "/{lang}/archive/{year}/{month}", ctx -> month(ctx, 1));
        ReadRoutes.add(routes, "/{lang}/archive/{year}/{month}/page/{n}", ctx -> month(ctx, site.pageNumber(ctx, site.lang(ctx))));
    }

    private void archive(Context ctx) {
        Lang lang = site.lang(ctx);
        site.serve(ctx, () -> {
            Messages m = Messages.of(lang);
            Layout layout = site.layouts.everyLanguage(lang, m.get("archive.heading"), SitePaths.archive(lang));
            return site.render("site/archive.jte", new ArchivePage(layout, years(lang, m)));
        });
    }

    private List<ArchivePage.Year> years(Lang lang, Messages m) {
        var monthFormat = DateTimeFormatter.ofPattern(m.get("month.pattern"), lang.locale());
        Map<Integer, List<ArchivePage.Month>> byYear = new LinkedHashMap<>();
        for (MonthCount mc : site.content.archive(lang)) {
            byYear.computeIfAbsent(mc.month().getYear(), y -> new ArrayList<>()).add(new ArchivePage.Month(
                    monthFormat.format(mc.month()), SitePaths.month(lang, mc.month(), 1),
                    m.get("archive.month.count", mc.count())));
        }
        return byYear.entrySet().stream().map(e -> new ArchivePage.Year(e.getKey(), e.getValue())).toList();
    }

    private void month(Context ctx, int page) {
        Lang lang = site.lang(ctx);
        YearMonth month = yearMonth(ctx, lang);
        Messages m = Messages.of(lang);
        String label = DateTimeFormatter.ofPattern(m.get("month.pattern"), lang.locale()).format(month);
        String heading = m.get("listing.month", label);
        site.serve(ctx, () -> listings.render(lang, new Listing.InMonth(month), page, heading, label,
                n -> SitePaths.month(lang, month, n)));
    }

    private static YearMonth yearMonth(Context ctx, Lang lang) {
        String year = ctx.pathParam("year");
        String month = ctx.pathParam("month");
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
