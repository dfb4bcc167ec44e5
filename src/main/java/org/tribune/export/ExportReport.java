package org.tribune.export;

import java.time.Duration;
import java.util.Locale;

/**
 * What an export did.
 *
 * @param fetched pages rendered and fetched from the site (all of them in a full export)
 * @param written files whose bytes were new or changed
 * @param unchanged files fetched again whose bytes had not changed, left alone
 * @param deleted files of pages that no longer exist (withdrawn editions, shorter listings)
 * @param incremental whether an earlier export's manifest let this one fetch only what could change
 * @param ranking of {@code took}, the time spent ranking every article's related articles before a
 *     full export's walk (zero for an incremental one)
 */
public record ExportReport(
        int fetched, int written, int unchanged, int deleted, boolean incremental, Duration ranking, Duration took) {
    public String summary() {
        return (incremental ? "incremental export: " : "full export: ") + fetched + " pages fetched, " + written
                + " files written, " + unchanged + " unchanged, " + deleted + " deleted in " + seconds(took)
                + (ranking.isZero() ? "" : " (related articles ranked first, in " + seconds(ranking) + ")");
    }

    private static String seconds(Duration duration) {
        // Hundredths for short runs: an incremental export's time is the figure an operator watches.
        double seconds = duration.toMillis() / 1000.0;
        return String.format(Locale.ROOT, seconds < 10 ? "%.2f s" : "%.1f s", seconds);
    }
}
