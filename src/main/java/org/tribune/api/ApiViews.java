package org.tribune.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribune.content.ArticleImage;
import org.tribune.content.ArticleView;
import org.tribune.content.Edition;
import org.tribune.content.IgnoredName;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.newsroom.TranslationGap;

/** The JSON the API answers with: records, so the shape is written down in one place. */
final class ApiViews {
    private ApiViews() {}

    record NameJson(String key, String name) {
        static List<NameJson> of(List<Named> names) {
            return names.stream().map(n -> new NameJson(n.key(), n.name())).toList();
        }
    }

    /** A published edition as readers get it. */
    record EditionJson(
            String lang,
            String title,
            String summary,
            String body,
            String bodyHtml,
            Instant published,
            Instant updated,
            String url,
            String origin,
            List<NameJson> authors,
            List<NameJson> topics) {
        static EditionJson of(ArticleView view, String url) {
            Edition e = view.edition();
            return new EditionJson(
                    e.lang().tag(),
                    e.title(),
                    e.summary(),
                    e.bodyMarkdown(),
                    e.bodyHtml(),
                    e.published(),
                    e.updated(),
                    url,
                    e.origin().code(),
                    NameJson.of(view.authors()),
                    NameJson.of(view.topics()));
        }
    }

    /** @param image the article's image, one for all its editions; null when it has none */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ArticleJson(String id, Instant published, List<EditionJson> editions, ImageJson image) {}

    /**
     * An article's image: the media library's file, its copies, and alt text and caption by language.
     *
     * @param media the file name, content hash and extension: what a write's {@code image.src} names
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ImageJson(
            String media,
            String url,
            int width,
            int height,
            Map<String, String> alt,
            Map<String, String> caption,
            String credit,
            List<CopyJson> copies) {
        static ImageJson of(ArticleImage image, String baseUrl) {
            Map<String, String> alt = new LinkedHashMap<>();
            Map<String, String> caption = new LinkedHashMap<>();
            for (Lang lang : Lang.values()) {
                ArticleImage.Text text = image.texts().get(lang);
                if (text != null) {
                    alt.put(lang.tag(), text.alt());
                    if (text.caption() != null) {
                        caption.put(lang.tag(), text.caption());
                    }
                }
            }
            return new ImageJson(
                    image.file(),
                    baseUrl + image.path(),
                    image.width(),
                    image.height(),
                    alt,
                    caption,
                    image.credit(),
                    image.sizes().stream()
                            .map(v -> new CopyJson(baseUrl + v.path(), v.width(), v.height()))
                            .toList());
        }
    }

    /** One copy of an image, the full one included. */
    record CopyJson(String url, int width, int height) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ArticlePageJson(List<ArticleJson> items, String next) {}

    /**
     * An edition's state after a write, whatever its status.
     *
     * @param untranslatedBlocks a translation's body blocks that read as its source, numbered from 1
     * @param untranslatedFields "title" and/or "summary" when they read as the source's
     * @param behindBlocks how many of the source's blocks changed since the translation was made
     */
    record WrittenJson(
            String id,
            String lang,
            String status,
            String title,
            Instant published,
            Instant updated,
            String sourceHash,
            List<Integer> untranslatedBlocks,
            List<String> untranslatedFields,
            int behindBlocks,
            List<WarningJson> warnings) {
        static WrittenJson of(Edition e, TranslationGap gap) {
            return of(e, gap, List.of());
        }

        /** With the author and topic names the save gave that were not applied. */
        static WrittenJson of(Edition e, TranslationGap gap, List<IgnoredName> ignored) {
            return new WrittenJson(
                    e.articleId(),
                    e.lang().tag(),
                    e.status().code(),
                    e.title(),
                    e.published(),
                    e.updated(),
                    e.sourceHash(),
                    gap.untranslated(),
                    gap.untranslatedFields(),
                    gap.behindBlocks(),
                    ignored.stream()
                            .map(i -> new WarningJson(i.field(), i.message()))
                            .toList());
        }
    }

    /** Something the request asked for that was not done, and why; the rest of the request was. */
    record WarningJson(String field, String message) {}
}
