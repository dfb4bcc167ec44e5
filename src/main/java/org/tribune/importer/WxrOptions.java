package org.tribune.importer;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.tribune.content.Lang;

/**
 * How a WordPress export is read.
 *
 * @param lang the language of posts that name none (a single-language site); null to use the
 *     channel's {@code <language>}
 * @param languageMap {@code slug=tag,…} for sites whose Polylang/WPML codes are not the usual ones; may be null
 * @param categoriesOnly topics from categories only, tags left out
 * @param dryRun read and report everything, store nothing
 * @param timezone the site's timezone (WordPress's Settings → General), for local dates whose GMT
 *     twin is zero; WXR does not carry it
 * @param uploads a copy of the site's {@code wp-content/uploads}, for the images; null when none
 */
public record WxrOptions(
        Lang lang, String languageMap, boolean categoriesOnly, boolean dryRun, ZoneId timezone, Path uploads) {
    public static final WxrOptions DEFAULTS = new WxrOptions(null, null, false, false, ZoneOffset.UTC, null);

    /** @throws IllegalArgumentException when the language map is not {@code slug=tag} pairs */
    public WxrOptions {
        WordPressLanguages.withMap(languageMap);
        if (timezone == null) {
            timezone = ZoneOffset.UTC;
        }
    }

    public WxrOptions withDryRun(boolean dryRun) {
        return new WxrOptions(lang, languageMap, categoriesOnly, dryRun, timezone, uploads);
    }

    public WxrOptions withTimezone(ZoneId timezone) {
        return new WxrOptions(lang, languageMap, categoriesOnly, dryRun, timezone, uploads);
    }

    public WxrOptions withUploads(Path uploads) {
        return new WxrOptions(lang, languageMap, categoriesOnly, dryRun, timezone, uploads);
    }
}
