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
import java.util.stream.Collectors;
import org.tribune.content.EditionInput;
import org.tribune.content.InvalidContent;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.content.Slugs;

/**
 * The edit form's fields as typed, kept as text so a refused form comes back exactly as it was
 * sent. Bylines and topics are one per line, {@code key = Name} (the key may be left out when the
 * name spells one, e.g. {@code Jane Doe} → {@code jane-doe}).
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
                field(ctx, "authors"),
                field(ctx, "topics"),
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

    /** @throws InvalidContent naming the field that cannot be read */
    EditionInput toInput(String articleId, Lang lang) {
        return new EditionInput(
                articleId,
                lang,
                title,
                summary,
                body,
                publishedAt(),
                null,
                named("authors", authors),
                named("topics", topics));
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

    private static List<Named> named(String field, String text) {
        List<Named> result = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
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

    private static String lines(List<Named> names) {
        return names.stream().map(n -> n.key() + " = " + n.name()).collect(Collectors.joining("\n"));
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
