package org.tribune.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tribune.content.Lang;

/** Builds the frame of each page: absolute canonical and hreflang URLs, and the language switch. */
public final class LayoutFactory {
    private final Supplier<String> baseUrl;
    private final String stylesheet;

    /**
     * @param baseUrl the public address of the site, known only once the server listens
     * @param stylesheet the fingerprinted address of the site's stylesheet
     */
    public LayoutFactory(Supplier<String> baseUrl, String stylesheet) {
        this.baseUrl = baseUrl;
        this.stylesheet = stylesheet;
    }

    private String base() {
        String url = baseUrl.get();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * @param availableIn the languages this page exists in
     * @param pathIn this page's path in a given language
     */
    public Layout build(
            Lang lang, String title, String description, Set<Lang> availableIn, Function<Lang, String> pathIn) {
        Messages messages = Messages.of(lang);
        String siteName = messages.get("site.name");
        String fullTitle = title == null ? siteName : title + " | " + siteName;
        List<Layout.Alternate> alternates = new ArrayList<>();
        List<Layout.LanguageLink> languageSwitch = new ArrayList<>();
        String baseUrl = base();
        for (Lang other : Lang.values()) {
            boolean exists = availableIn.contains(other);
            if (exists) {
                alternates.add(new Layout.Alternate(other.tag(), baseUrl + pathIn.apply(other)));
            }
            String href = exists && other != lang ? SitePaths.chooseLanguage(pathIn.apply(other)) : null;
            languageSwitch.add(
                    new Layout.LanguageLink(other, messages.get("language." + other.tag()), href, other == lang));
        }
        // The same x-default from every edition and in the sitemap: the first language that exists.
        Lang fallback = Arrays.stream(Lang.values())
                .filter(availableIn::contains)
                .findFirst()
                .orElse(lang);
        alternates.add(new Layout.Alternate("x-default", baseUrl + pathIn.apply(fallback)));
        return new Layout(
                lang,
                messages,
                fullTitle,
                description,
                baseUrl + pathIn.apply(lang),
                alternates,
                languageSwitch,
                stylesheet,
                null,
                List.of(),
                false);
    }

    /**
     * For a page that shows an article's edition in {@code lang} beside another edition: not for
     * search engines (it repeats the editions' own pages), so no alternates; its canonical address
     * is the edition's own page, and the language switch leads to each edition's page.
     *
     * @param availableIn the languages the article is readable in
     * @param editionPathIn the path of the article's edition in a given language
     */
    public Layout sideBySide(
            Lang lang, String title, String description, Set<Lang> availableIn, Function<Lang, String> editionPathIn) {
        Layout frame = build(lang, title, description, availableIn, editionPathIn);
        return new Layout(
                lang,
                frame.messages(),
                frame.title(),
                description,
                frame.canonical(),
                List.of(),
                frame.languageSwitch(),
                stylesheet,
                null,
                List.of(),
                true);
    }

    /** For error pages: no canonical address or alternates, and a switch to each language's home. */
    public Layout error(Lang lang, String title, String description) {
        Messages messages = Messages.of(lang);
        List<Layout.LanguageLink> languageSwitch = new ArrayList<>();
        for (Lang other : Lang.values()) {
            languageSwitch.add(new Layout.LanguageLink(
                    other,
                    messages.get("language." + other.tag()),
                    other == lang ? null : SitePaths.chooseLanguage(SitePaths.home(other)),
                    other == lang));
        }
        return new Layout(
                lang,
                messages,
                title + " | " + messages.get("site.name"),
                description,
                null,
                List.of(),
                languageSwitch,
                stylesheet,
                null,
                List.of(),
                false);
    }

    /**
     * For pages that exist in every language, such as the first page of a listing.
     *
     * @param description what the page lists, for {@code <meta name="description">}
     */
    public Layout everyLanguage(Lang lang, String title, String description, String path) {
        return build(lang, title, description, Set.of(Lang.values()), other -> SitePaths.inLanguage(path, other));
    }

    /**
     * For a later page of a listing: other languages have their own number of pages, so the switch
     * leads to their first page and no alternates are claimed.
     */
    public Layout laterPage(Lang lang, String title, String description, String path, String firstPagePath) {
        Layout first = everyLanguage(lang, title, description, firstPagePath);
        String self = base() + path;
        return new Layout(
                lang,
                first.messages(),
                first.title(),
                description,
                self,
                List.of(new Layout.Alternate(lang.tag(), self)),
                first.languageSwitch(),
                stylesheet,
                null,
                List.of(),
                false);
    }
}
