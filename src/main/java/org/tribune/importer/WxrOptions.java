package org.tribune.importer;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
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
 * @param categoryBase the folder of the old site's category archives (Settings → Permalinks,
 *     {@code category_base}; {@code category} when left empty there), without slashes at its ends
 * @param tagBase the folder of its tag archives ({@code tag_base}; {@code tag} by default)
 */
public record WxrOptions(
        Lang lang,
        String languageMap,
        boolean categoriesOnly,
        boolean dryRun,
        ZoneId timezone,
        Path uploads,
        String categoryBase,
        String tagBase) {
    /** One or more path segments of letters, digits, {@code - _ . ~} and percent escapes or non-ASCII letters. */
    private static final Pattern BASE = Pattern.compile("[\\p{L}\\p{N}._~%-]+(/[\\p{L}\\p{N}._~%-]+)*");

    public static final WxrOptions DEFAULTS =
            new WxrOptions(null, null, false, false, ZoneOffset.UTC, null, "category", "tag");

    /**
     * @throws IllegalArgumentException when the language map is not {@code slug=tag} pairs, or a
     *     base is not a path such as {@code topics} or {@code archives/subject}
     */
    public WxrOptions {
        WordPressLanguages.withMap(languageMap);
        if (timezone == null) {
            timezone = ZoneOffset.UTC;
        }
        categoryBase = base("--category-base", categoryBase, "category");
        tagBase = base("--tag-base", tagBase, "tag");
    }

    private static String base(String option, String given, String wordPressDefault) {
        if (given == null || given.isBlank()) {
            return wordPressDefault;
        }
        String base = given.strip();
        while (base.startsWith("/")) {
            base = base.substring(1);
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!BASE.matcher(base).matches()) {
            throw new IllegalArgumentException(option + ": expected the archive folder of the old site, such as "
                    + wordPressDefault + " or topics (Settings → Permalinks), got '" + given + "'");
        }
        return base;
    }

    public WxrOptions withDryRun(boolean dryRun) {
        return new WxrOptions(lang, languageMap, categoriesOnly, dryRun, timezone, uploads, categoryBase, tagBase);
    }

    public WxrOptions withTimezone(ZoneId timezone) {
        return new WxrOptions(lang, languageMap, categoriesOnly, dryRun, timezone, uploads, categoryBase, tagBase);
    }

    public WxrOptions withUploads(Path uploads) {
        return new WxrOptions(lang, languageMap, categoriesOnly, dryRun, timezone, uploads, categoryBase, tagBase);
    }

    /** With the old site's archive folders for categories and tags (WordPress's {@code category_base}, {@code tag_base}). */
    public WxrOptions withArchiveBases(String categoryBase, String tagBase) {
        return new WxrOptions(lang, languageMap, categoriesOnly, dryRun, timezone, uploads, categoryBase, tagBase);
    }
}
