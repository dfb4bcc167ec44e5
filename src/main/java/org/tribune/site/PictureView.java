package org.tribune.site;

import java.util.List;
import java.util.stream.Collectors;
import org.tribune.content.ArticleImage;
import org.tribune.content.Lang;

/**
 * An article's image as a page shows it: {@code <img src srcset sizes width height alt>}, and on
 * the article page its caption and credit.
 *
 * @param src the copy for browsers that read no {@code srcset}
 * @param width the {@code src} copy's width, so that the page keeps the image's room before it loads
 * @param alt what the image shows in the page's language; empty marks it as decoration
 * @param caption null when none
 * @param credit null when none
 */
public record PictureView(
        String src, String srcset, String sizes, int width, int height, String alt, String caption, String credit) {

    /** The text column is at most 40rem wide and has 1.25rem of padding each side on narrow screens. */
    private static final String ARTICLE_SIZES = "(min-width: 42.5rem) 40rem, calc(100vw - 2.5rem)";

    /** Thumbnails are drawn 7.5rem wide (site.css {@code .teaser-thumb}). */
    private static final String THUMBNAIL_SIZES = "7.5rem";

    static PictureView ofArticle(ArticleImage image, Lang lang) {
        ArticleImage.Variant fallback = image.atMost(960);
        return new PictureView(
                fallback.path(),
                image.srcset(),
                ARTICLE_SIZES,
                fallback.width(),
                fallback.height(),
                image.alt(lang),
                image.caption(lang).orElse(null),
                image.credit());
    }

    /** The narrow copies only: a thumbnail never needs the full image. */
    static PictureView thumbnail(ArticleImage image, Lang lang) {
        ArticleImage.Variant fallback = image.atMost(240);
        List<ArticleImage.Variant> sizes = image.sizes();
        ArticleImage.Variant narrowest = sizes.getFirst();
        String srcset = sizes.stream()
                .filter(v -> v.width() <= 480 || v.equals(narrowest))
                .map(v -> v.path() + " " + v.width() + "w")
                .collect(Collectors.joining(", "));
        return new PictureView(
                fallback.path(),
                srcset,
                THUMBNAIL_SIZES,
                fallback.width(),
                fallback.height(),
                image.alt(lang),
                null,
                null);
    }
}
