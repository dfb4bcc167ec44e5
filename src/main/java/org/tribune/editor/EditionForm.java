package org.tribune.editor;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tribune.content.EditionInput;
import org.tribune.content.InvalidContent;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.content.Slugs;
import org.tribune.content.Taxonomy;

/**
 * The edit form's fields as typed, kept as text so a refused form comes back exactly as it was
 * sent. Bylines and topics are one per line (or one per picker field): a picked suggestion
 * {@code Name (key)}, an existing key or name in any language, or a new author or topic as
 * {@code key = Name} (the key may be left out when the name spells one, e.g. {@code Jane Doe} →
 * {@code jane-doe}). Picked and known ones are sent by key alone: the form never renames anyone.
 *
 * @param published {@code yyyy-MM-ddTHH:mm} in UTC, as a datetime-local field sends it; may be empty
 */
public record EditionForm(
        String title,
        String summary,
        String body,
        String authors,
        String topics,
        String published,
        boolean upToDateWithSource) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static EditionForm from(Context ctx) {
        return new EditionForm(
                field(ctx, "title"),
                field(ctx, "summary"),
                field(ctx, "body"),
                String.join("\n", ctx.formParams("authors")),
                String.join("\n", ctx.formParams("topics")),
                field(ctx, "published"),
                ctx.formParam("upToDate") != null);
    }

    static EditionForm of(
            String title, String summary, String body, List<Named> authors, List<Named> topics, Instant published) {
        return new EditionForm(
                title,
                summary,
                body,
                lines(authors),
                lines(topics),
                published == null ? "" : LOCAL.format(published.atOffset(ZoneOffset.UTC)),
                false);
    }

    /** As {@link #toInput(String, Lang, NamePicker)} with no known authors or topics: for workflow moves. */
    EditionInput toInput(String articleId, Lang lang) {
        return toInput(articleId, lang, NamePicker.NONE);
    }

    /**
     * @param known finds the key of an existing author or topic typed by key or name
     * @throws InvalidContent naming the field that cannot be read
     */
    EditionInput toInput(String articleId, Lang lang, NamePicker known) {
        return new EditionInput(
                articleId,
                lang,
                title,
                summary,
                body,
                publishedAt(),
                null,
                named("authors", authors, text -> known.keyOf(Taxonomy.AUTHORS, text)),
                named("topics", topics, text -> known.keyOf(Taxonomy.TOPICS, text)));
    }

    private Instant publishedAt() {
        if (published.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(published.strip(), LOCAL).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidContent(
                    "published", "expected a date and time such as 2026-03-04T09:30, got '" + published + "'");
        }
    }

    private static List<Named> named(String field, String text, Function<String, Optional<String>> known) {
        List<Named> result = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (Picked.isSuggestion(line)) {
                result.add(new Named(Picked.key(line), null));
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                Optional<String> key = known.apply(line.strip());
                if (key.isPresent()) {
                    result.add(new Named(key.get(), null));
                    continue;
                }
            }
            String name = (eq < 0 ? line : line.substring(eq + 1)).strip();
            String key = eq < 0 ? Slugs.from(name) : line.substring(0, eq).strip();
            if (key.isEmpty()) {
                throw new InvalidContent(
                        field, "'" + name + "' needs a key written before it, as in jane-doe = " + name);
            }
            result.add(new Named(key, name));
        }
        return result;
    }

    /** One entry per line, for the pickers: the lines as typed, then room for {@code more}. */
    static List<String> entries(String text, int more) {
        List<String> entries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                entries.add(line.strip());
            }
        }
        for (int i = 0; i < more; i++) {
            entries.add("");
        }
        return entries;
    }

    public List<String> authorEntries() {
        return entries(authors, 2);
    }

    public List<String> topicEntries() {
        return entries(topics, 2);
    }

    private static String lines(List<Named> names) {
        return names.stream().map(n -> Picked.suggestion(n.name(), n.key())).collect(Collectors.joining("\n"));
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
