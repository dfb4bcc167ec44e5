package org.tribune.importer;

import org.tribune.content.Lang;

/**
 * How a WordPress export is read.
 *
 * @param lang the language of posts that name none (a single-language site); null to use the
 *     channel's {@code <language>}
 * @param languageMap {@code slug=tag,…} for sites whose Polylang/WPML codes are not the usual ones; may be null
 * @param categoriesOnly topics from categories only, tags left out
 * @param dryRun read and report everything, store nothing
 */
public record WxrOptions(Lang lang, String languageMap, boolean categoriesOnly, boolean dryRun) {
    public static final WxrOptions DEFAULTS = new WxrOptions(null, null, false, false);

    /** @throws IllegalArgumentException when the language map is not {@code slug=tag} pairs */
    public WxrOptions {
        WordPressLanguages.withMap(languageMap);
    }
}
