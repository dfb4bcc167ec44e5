package org.tribune.web;

import java.util.List;

/**
 * What an article page tells social previews (OpenGraph, Twitter cards) and search engines
 * (JSON-LD NewsArticle) beyond the page frame.
 *
 * @param ogLocale the edition's OpenGraph locale: en_US, zh_CN or zh_TW
 * @param ogLocaleAlternates the locales of the article's other editions
 * @param jsonLd the NewsArticle as JSON, already safe to place inside a script element
 * @param image the article's image for previews, or null when it has none
 */
public record ArticleMeta(
        String headline,
        String ogLocale,
        List<String> ogLocaleAlternates,
        String publishedIso,
        String modifiedIso,
        List<String> authorUrls,
        String jsonLd,
        PreviewImage image) {

    /**
     * The image social previews show: an absolute address, its size in pixels, and what it shows.
     *
     * @param alt empty when no alt text was written in the page's language
     */
    public record PreviewImage(String url, int width, int height, String alt) {}

    public ArticleMeta {
        ogLocaleAlternates = List.copyOf(ogLocaleAlternates);
        authorUrls = List.copyOf(authorUrls);
    }
}
