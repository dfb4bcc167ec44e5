package org.tribune.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.tribune.content.Lang;

/**
 * Every public address, built in one place (DESIGN.md's URL scheme). Paths are root-relative and
 * lowercase; the static export writes the same paths as folders.
 */
public final class SitePaths {
    private SitePaths() {}

    public static String home(Lang lang) {
        return "/" + lang.pathSegment() + "/";
    }

    public static String home(Lang lang, int page) {
        return page <= 1 ? home(lang) : home(lang) + "page/" + page;
    }

    public static String article(Lang lang, String slug) {
        return home(lang) + "articles/" + slug;
    }

    /** The article's edition in {@code lang} read beside its edition in {@code other}. */
    public static String sideBySide(Lang lang, String slug, Lang other) {
        return article(lang, slug) + "/parallel/" + other.pathSegment();
    }

    public static String topic(Lang lang, String key, int page) {
        return paged(home(lang) + "topics/" + key, page);
    }

    public static String author(Lang lang, String key, int page) {
        return paged(home(lang) + "authors/" + key, page);
    }

    public static String archive(Lang lang) {
        return home(lang) + "archive/";
    }

    public static String month(Lang lang, YearMonth month, int page) {
        return paged(home(lang) + "archive/%04d/%02d".formatted(month.getYear(), month.getMonthValue()), page);
    }

    /** The search page; the query goes in {@code ?q=}. */
    public static String search(Lang lang) {
        return home(lang) + "search";
    }

    /** Page {@code page} of the results for {@code query}. */
    public static String search(Lang lang, String query, int page) {
        String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
        return search(lang) + "?q=" + q + (page <= 1 ? "" : "&page=" + page);
    }

    /** Where a reader lands when choosing {@code lang} in the language switch. */
    public static String chooseLanguage(String target) {
        return "/language?to=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    /** The same page in another language: only the first segment differs. */
    public static String inLanguage(String path, Lang lang) {
        int second = path.indexOf('/', 1);
        return second < 0 ? home(lang) : "/" + lang.pathSegment() + path.substring(second);
    }

    private static String paged(String base, int page) {
        return page <= 1 ? base : base + "/page/" + page;
    }
}
