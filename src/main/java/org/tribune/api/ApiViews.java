package org.tribune.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.tribune.content.ArticleView;
import org.tribune.content.Edition;
import org.tribune.content.IgnoredName;
import org.tribune.content.Named;

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

    record ArticleJson(String id, Instant published, List<EditionJson> editions) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ArticlePageJson(List<ArticleJson> items, String next) {}

    /** An edition's state after a write, whatever its status. */
    record WrittenJson(
            String id,
            String lang,
            String status,
            String title,
            Instant published,
            Instant updated,
            String sourceHash,
            List<WarningJson> warnings) {
        static WrittenJson of(Edition e) {
            return of(e, List.of());
        }

        /** With the author and topic names the save gave that were not applied. */
        static WrittenJson of(Edition e, List<IgnoredName> ignored) {
            return new WrittenJson(
                    e.articleId(),
                    e.lang().tag(),
                    e.status().code(),
                    e.title(),
                    e.published(),
                    e.updated(),
                    e.sourceHash(),
                    ignored.stream()
                            .map(i -> new WarningJson(i.field(), i.message()))
                            .toList());
        }
    }

    /** Something the request asked for that was not done, and why; the rest of the request was. */
    record WarningJson(String field, String message) {}
}
