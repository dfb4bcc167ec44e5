package org.tribune.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionLimits;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.content.Slugs;
import org.tribune.web.InvalidFields;
import org.tribune.web.InvalidFields.FieldProblem;

/**
 * The body of {@code PUT /api/v1/articles/{id}/editions/{lang}}, checked field by field so that one
 * answer names every mistake:
 * <pre>{@code {"title": "…", "summary": "…", "body": "Markdown", "published": "2026-03-04T09:00:00Z",
 *  "authors": [{"key": "jane-doe", "name": "Jane Doe"}], "topics": [{"key": "trade", "name": "Trade"}]}}</pre>
 */
final class EditionPayload {
    private static final List<String> FIELDS = List.of("title", "summary", "body", "published", "authors", "topics");

    private EditionPayload() {}

    /** @throws InvalidFields listing every field that is missing or malformed */
    static EditionInput read(JsonNode json, String articleId, Lang lang) {
        List<FieldProblem> problems = new ArrayList<>();
        if (json == null || !json.isObject()) {
            throw new InvalidFields(List.of(new FieldProblem("", "expected a JSON object")));
        }
        List<String> unknown = new ArrayList<>();
        json.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                unknown.add(name);
            }
        });
        for (String name : unknown) {
            problems.add(new FieldProblem(name, "is not a field of an edition; expected " + String.join(", ", FIELDS)));
        }
        String title = text(json, "title", true, EditionLimits.MAX_TITLE, problems);
        String summary = text(json, "summary", false, EditionLimits.MAX_SUMMARY, problems);
        String body = text(json, "body", false, Integer.MAX_VALUE, problems);
        Instant published = null;
        JsonNode when = json.get("published");
        if (when != null && !when.isNull()) {
            try {
                published = Instant.parse(when.asText());
            } catch (DateTimeParseException e) {
                problems.add(
                        new FieldProblem("published", "expected an ISO 8601 instant such as 2026-03-04T09:00:00Z"));
            }
        }
        List<Named> authors = names(json, "authors", EditionLimits.MAX_AUTHORS, problems);
        List<Named> topics = names(json, "topics", EditionLimits.MAX_TOPICS, problems);
        if (!Slugs.isValid(articleId)) {
            problems.add(new FieldProblem("id", "expected lowercase letters, digits and single hyphens"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        return new EditionInput(articleId, lang, title, summary, body, published, null, authors, topics);
    }

    private static String text(JsonNode json, String field, boolean required, int max, List<FieldProblem> problems) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return "";
        }
        if (!node.isTextual()) {
            problems.add(new FieldProblem(field, "expected a string"));
            return "";
        }
        String value = node.asText();
        if (required && value.isBlank()) {
            problems.add(new FieldProblem(field, "must not be empty"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "is " + value.length() + " characters long; the limit is " + max));
        }
        return value;
    }

    private static List<Named> names(JsonNode json, String field, int max, List<FieldProblem> problems) {
        JsonNode list = json.get(field);
        List<Named> names = new ArrayList<>();
        if (list == null || list.isNull()) {
            return names;
        }
        if (!list.isArray()) {
            problems.add(new FieldProblem(field, "expected an array of {\"key\": …, \"name\": …}"));
            return names;
        }
        if (list.size() > max) {
            problems.add(new FieldProblem(field, "lists " + list.size() + "; the limit is " + max));
            return names;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String key = item.path("key").asText("");
            // Optional: a key alone links an author or topic that exists; an empty one is a mistake.
            boolean named = item.hasNonNull("name");
            String name = named ? item.path("name").asText("") : "";
            if (named && name.isBlank()) {
                problems.add(new FieldProblem(
                        field + "[" + i + "].name",
                        "must not be empty; leave it out to refer to an existing "
                                + field.substring(0, field.length() - 1) + " by key alone"));
            }
            if (!EditionLimits.isKey(key)) {
                problems.add(new FieldProblem(
                        field + "[" + i + "].key",
                        "expected lowercase letters, digits and single hyphens, at most " + EditionLimits.MAX_KEY
                                + " characters"));
            }
            names.add(new Named(key, name.isBlank() ? null : name));
        }
        return names;
    }
}
