package org.tribune.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.tribune.content.ArticleImage;
import org.tribune.content.ArticleView;
import org.tribune.content.Edition;
import org.tribune.content.Lang;
import org.tribune.web.ArticleMeta;
import org.tribune.web.Layout;
import org.tribune.web.SitePaths;

/** Builds an article's OpenGraph, Twitter card and JSON-LD NewsArticle from what the page shows. */
final class ArticleMetaBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int PREVIEW_WIDTH = 1600;

    private ArticleMetaBuilder() {}

    static ArticleMeta of(ArticleView view, Layout layout) {
        Edition e = view.edition();
        String base =
                layout.canonical().substring(0, layout.canonical().indexOf(SitePaths.article(e.lang(), e.articleId())));
        List<String> alternates = view.availableIn().stream()
                .filter(l -> l != e.lang())
                .sorted()
                .map(ArticleMetaBuilder::ogLocale)
                .toList();
        List<String> authorUrls = view.authors().stream()
                .map(a -> base + SitePaths.author(e.lang(), a.key(), 1))
                .toList();
        ArticleMeta.PreviewImage image = previewImage(view.image(), e.lang(), base);
        return new ArticleMeta(
                e.title(),
                ogLocale(e.lang()),
                alternates,
                e.published().toString(),
                e.updated().toString(),
                authorUrls,
                jsonLd(view, layout, authorUrls, image),
                image);
    }

    /**
     * The widest copy up to 1600 pixels: wide enough for every preview (Facebook suggests 1200),
     * and much lighter than a camera's full image.
     */
    private static ArticleMeta.PreviewImage previewImage(ArticleImage image, Lang lang, String base) {
        if (image == null) {
            return null;
        }
        ArticleImage.Variant shown = image.atMost(PREVIEW_WIDTH);
        return new ArticleMeta.PreviewImage(base + shown.path(), shown.width(), shown.height(), image.alt(lang));
    }

    static String ogLocale(Lang lang) {
        return switch (lang) {
            case EN -> "en_US";
            case ZH_HANS -> "zh_CN";
            case ZH_HANT -> "zh_TW";
        };
    }

    private static String jsonLd(
            ArticleView view, Layout layout, List<String> authorUrls, ArticleMeta.PreviewImage image) {
        Edition e = view.edition();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("headline", e.title());
        article.put("description", e.summary());
        article.put("inLanguage", e.lang().tag());
        article.put("datePublished", e.published().toString());
        article.put("dateModified", e.updated().toString());
        article.put("mainEntityOfPage", layout.canonical());
        if (image != null) {
            article.put(
                    "image",
                    ordered(
                            "@type",
                            "ImageObject",
                            "url",
                            image.url(),
                            "width",
                            image.width(),
                            "height",
                            image.height()));
        }
        // Ordered maps: the same page must come out byte for byte the same (ETags, static export).
        article.put(
                "author",
                IntStream.range(0, view.authors().size())
                        .mapToObj(i -> ordered(
                                "@type", "Person", "name", view.authors().get(i).name(), "url", authorUrls.get(i)))
                        .toList());
        article.put("publisher", ordered("@type", "Organization", "name", layout.t("site.name")));
        try {
            // "<" never appears raw, so the JSON cannot close its script element or open a comment.
            return JSON.writeValueAsString(article).replace("<", "\\u003c");
        } catch (JsonProcessingException e1) {
            throw new IllegalStateException("a map of strings always serializes", e1);
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
