package org.tribune.content;

import java.time.Instant;
import java.util.List;

/** Small, readable editions for tests. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private Fixtures() {}

    public static EditionInput edition(
            String id, Lang lang, String title, String published, List<String> topics, List<String> authors) {
        return new EditionInput(
                id,
                lang,
                title,
                "Summary of " + title,
                "Body of **" + title + "**.",
                Instant.parse(published),
                null,
                authors.stream().map(a -> new Named(a, nameOf(a, lang))).toList(),
                topics.stream().map(t -> new Named(t, nameOf(t, lang))).toList());
    }

    public static EditionInput edition(String id, Lang lang, String published, String topic) {
        return edition(id, lang, titleOf(id, lang), published, List.of(topic), List.of("jane-doe"));
    }

    static String titleOf(String id, Lang lang) {
        return (lang == Lang.EN ? "Title " : lang == Lang.ZH_HANS ? "标题 " : "標題 ") + id;
    }

    static String nameOf(String key, Lang lang) {
        return key + (lang == Lang.EN ? "" : lang == Lang.ZH_HANS ? "（简）" : "（繁）");
    }
}
