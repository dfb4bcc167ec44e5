package org.tribune.content;

import java.util.Map;

/**
 * An article's image as an editor, the API or an import gives it. Text is untrusted.
 *
 * @param media the media library's file name, address or bare hash of the image
 * @param texts alt text (required) and caption (optional) per language given; languages not given
 *     keep theirs while the image stays the same, and lose them when it changes
 * @param credit who made the image; null keeps the credit while the image stays the same (and means
 *     none for another image), blank removes it
 */
public record ArticleImageInput(String media, Map<Lang, ArticleImage.Text> texts, String credit) {
    public ArticleImageInput {
        texts = Map.copyOf(texts);
    }

    /** The image with alt text and caption in one language, as the editor and the API give them. */
    public static ArticleImageInput in(Lang lang, String media, String alt, String caption, String credit) {
        return new ArticleImageInput(media, Map.of(lang, new ArticleImage.Text(alt, caption)), credit);
    }
}
