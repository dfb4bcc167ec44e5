package org.tribune.export;

import java.time.Duration;

/**
 * What an export did.
 *
 * @param written files whose bytes were new or changed
 * @param unchanged files already exported with the same bytes, left alone
 * @param deleted files of pages that no longer exist (withdrawn editions, shorter listings)
 */
public record ExportReport(int written, int unchanged, int deleted, Duration took) {
    public String summary() {
        return written + " files written, " + unchanged + " unchanged, " + deleted + " deleted in "
                + String.format(java.util.Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }
}
