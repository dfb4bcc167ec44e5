package org.tribune.site;

import java.util.List;
import org.tribune.web.Layout;

/** Every month with something published, grouped by year, newest first. */
public record ArchivePage(Layout layout, List<Year> years) {
    public ArchivePage {
        years = List.copyOf(years);
    }

    public record Year(int year, List<Month> months) {
        public Year {
            months = List.copyOf(months);
        }
    }

    public record Month(String label, String href, String count) {}
}
