package org.tribune.web;

import java.util.List;

/**
 * What an article page tells social previews (OpenGraph, Twitter cards) and search engines
 * (JSON-LD NewsArticle) beyond the page frame.
 *
 * @param ogLocale the edition's OpenGraph locale: en_US, zh_CN or zh_TW
 * @param ogLocaleAlternates the locales of the article's other editions
 * @param jsonLd the NewsArticle as JSON, already safe to place inside a script element
 */
public record ArticleMeta(
        String headline,
        String ogLocale,
        List<String> ogLocaleAlternates,
        String publishedIso,
        String modifiedIso,
        List<String> authorUrls,
        String jsonLd) {

    public ArticleMeta {
        ogLocaleAlternates = List.copyOf(ogLocaleAlternates);
        authorUrls = List.copyOf(authorUrls);
    }
}
