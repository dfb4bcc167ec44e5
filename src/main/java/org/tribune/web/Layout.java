package org.tribune.web;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.tribune.content.Lang;

/**
 * What every page's frame shows: language, title, canonical and alternate addresses, the
 * language switch and the interface text.
 *
 * @param canonical absolute URL of this page
 * @param alternates one per language the page exists in, plus {@code x-default}
 * @param stylesheet the fingerprinted stylesheet address
 * @param article on an article page, what social previews and search engines read; else null
 * @param sideBySide on an article page, where to read it beside each other edition; on the side-by-side page, the other pairings
 * @param noindex whether search engines are asked not to index the page (it repeats pages they do index)
 */
public record Layout(
        Lang lang,
        Messages messages,
        String title,
        String description,
        String canonical,
        List<Alternate> alternates,
        List<LanguageLink> languageSwitch,
        String stylesheet,
        ArticleMeta article,
        List<SideBySideLink> sideBySide,
        boolean noindex) {

    /** The first page of a topic or of an author: pages with feeds of their own. */
    private static final Pattern OWN_FEED = Pattern.compile("/(?:topics|authors)/[a-z0-9-]+$");

    public Layout {
        alternates = List.copyOf(alternates);
        languageSwitch = List.copyOf(languageSwitch);
        sideBySide = List.copyOf(sideBySide);
    }

    /**
     * Where a topic's or author's own feeds sit ({@code feed.xml}, {@code feed.rss},
     * {@code feed.json} follow), for autodiscovery; null on every other page.
     */
    public String ownFeedBase() {
        return canonical != null && OWN_FEED.matcher(canonical).find() ? canonical + "/" : null;
    }

    /** This frame on an article's page, with the article's metadata for previews and crawlers. */
    public Layout withArticle(ArticleMeta meta) {
        return new Layout(
                lang,
                messages,
                title,
                description,
                canonical,
                alternates,
                languageSwitch,
                stylesheet,
                meta,
                sideBySide,
                noindex);
    }

    /** This frame with links to read the page beside other editions, shown with the language switch. */
    public Layout withSideBySide(List<SideBySideLink> links) {
        return new Layout(
                lang,
                messages,
                title,
                description,
                canonical,
                alternates,
                languageSwitch,
                stylesheet,
                article,
                links,
                noindex);
    }

    /** Interface text in the page's language. */
    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    /** What goes before item {@code index} (from 1) of a list of {@code count}: {@code ", "}, {@code " and "}, {@code "、"}. */
    public String listSeparator(int index, int count) {
        return messages.listSeparator(index, count);
    }

    /**
     * True on the search page, whose own form is the page's one search landmark: the header's
     * search box is left out there.
     */
    public boolean isSearchPage() {
        if (canonical == null) {
            return false;
        }
        int query = canonical.indexOf('?');
        return (query < 0 ? canonical : canonical.substring(0, query)).endsWith("/" + lang.pathSegment() + "/search");
    }

    public String date(Instant instant) {
        return messages.date(instant);
    }

    public String homePath() {
        return SitePaths.home(lang);
    }

    public String archivePath() {
        return SitePaths.archive(lang);
    }

    /** Where the search box sends its query. */
    public String searchPath() {
        return SitePaths.search(lang);
    }

    /** A {@code <link rel="alternate" hreflang>}; the code is BCP 47 ({@code zh-Hant}) or {@code x-default}. */
    public record Alternate(String hreflang, String href) {}

    /**
     * One entry of the {@code English 简体 繁體} switch.
     *
     * @param href null when the page does not exist in that language: shown, never linked
     */
    public record LanguageLink(Lang lang, String label, String href, boolean current) {}

    /**
     * A link to read an article in two editions side by side.
     *
     * @param other the edition read beside the page's own
     * @param label what the link says, in the page's language
     * @param current true on the side-by-side page for this pairing: shown, never linked
     */
    public record SideBySideLink(Lang other, String label, String href, boolean current) {}
}
