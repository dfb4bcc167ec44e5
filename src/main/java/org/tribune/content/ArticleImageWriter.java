package org.tribune.content;

import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Checks and stores an article's image, in the caller's transaction. */
final class ArticleImageWriter {
    static final int MAX_ALT = 1_000;
    static final int MAX_CAPTION = 2_000;
    static final int MAX_CREDIT = 300;

    private final ArticleImageRepository images;
    private final ArticleRepository articles;

    ArticleImageWriter(ArticleImageRepository images, ArticleRepository articles) {
        this.images = images;
        this.articles = articles;
    }

    /** Removes the article's image; true when it had one. */
    boolean remove(Handle h, String articleId) {
        boolean had = images.delete(h, articleId);
        if (had) {
            articles.bumpContentVersion(h);
        }
        return had;
    }

    /**
     * Gives the article this image. A different image than before drops the other languages' alt
     * texts and captions: they described the old one.
     *
     * @throws InvalidContent when the article or the image is unknown, or a text is missing or too long
     */
    void set(Handle h, String articleId, ArticleImageInput input) {
        if (!images.articleExists(h, articleId)) {
            throw new InvalidContent("image", "no article " + articleId + " to give an image to");
        }
        if (input.media() == null || input.media().isBlank()) {
            throw new InvalidContent("image.src", "name an image of the media library (its file name or hash)");
        }
        String file = images.findMediaFile(h, input.media())
                .orElseThrow(() -> new InvalidContent(
                        "image.src", "no image " + input.media() + " in the media library; upload it first"));
        for (Map.Entry<Lang, ArticleImage.Text> text : input.texts().entrySet()) {
            check(text.getValue());
        }
        var stored = images.findStored(h, articleId);
        boolean sameImage = stored.map(s -> s.mediaFile().equals(file)).orElse(false);
        String credit = input.credit() == null && sameImage ? stored.get().credit() : blankToNull(input.credit());
        if (credit != null && credit.length() > MAX_CREDIT) {
            throw new InvalidContent("image.credit", "at most " + MAX_CREDIT + " characters, got " + credit.length());
        }
        images.upsert(h, articleId, file, credit);
        if (!sameImage) {
            images.deleteTexts(h, articleId);
        }
        input.texts()
                .forEach((lang, text) -> images.upsertText(
                        h, articleId, lang, new ArticleImage.Text(text.alt().strip(), blankToNull(text.caption()))));
        articles.bumpContentVersion(h);
    }

    private static void check(ArticleImage.Text text) {
        if (text == null || text.alt() == null || text.alt().isBlank()) {
            throw new InvalidContent("image.alt", "say what the image shows, for readers who cannot see it");
        }
        if (text.alt().length() > MAX_ALT) {
            throw new InvalidContent(
                    "image.alt",
                    "at most " + MAX_ALT + " characters, got " + text.alt().length());
        }
        if (text.caption() != null && text.caption().length() > MAX_CAPTION) {
            throw new InvalidContent(
                    "image.caption",
                    "at most " + MAX_CAPTION + " characters, got "
                            + text.caption().length());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
