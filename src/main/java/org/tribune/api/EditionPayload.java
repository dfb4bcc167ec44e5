package org.tribune.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tribune.content.ArticleImageInput;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionLimits;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.content.Slugs;
import org.tribune.content.UntranslatedBlocks;
import org.tribune.web.InvalidFields;
import org.tribune.web.InvalidFields.FieldProblem;

/**
 * The body of {@code PUT /api/v1/articles/{id}/editions/{lang}}, checked field by field so that one
 * answer names every mistake:
 * <pre>{@code {"title": "…", "summary": "…", "body": "Markdown", "published": "2026-03-04T09:00:00Z",
 *  "authors": [{"key": "jane-doe", "name": "Jane Doe"}], "topics": [{"key": "trade", "name": "Trade"}],
 *  "image": {"src": "<sha-256 of a media-library image>", "alt": "…", "caption": "…", "credit": "…"},
 *  "keepAsIs": [3]}}</pre>
 * {@code keepAsIs} lists the body blocks of a translation meant to read as in the source; without
 * it the marks stored before stay.
 */
final class EditionPayload {
    private static final List<String> FIELDS =
            List.of("title", "summary", "body", "published", "authors", "topics", "image", "keepAsIs");
    private static final List<String> IMAGE_FIELDS = List.of("src", "alt", "caption", "credit");

    /**
     * What the body asks for.
     *
     * @param imageGiven whether the body has an {@code image} field; without one the article's image stays
     * @param image the article's image with alt text in the edition's language; null (when given) removes it
     */
    record Payload(EditionInput edition, boolean imageGiven, ArticleImageInput image) {}

    private EditionPayload() {}

    /** @throws InvalidFields listing every field that is missing or malformed */
    static Payload read(JsonNode json, String articleId, Lang lang) {
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
        Set<String> keepFieldsAsIs = new HashSet<>();
        List<Integer> keepAsIs = blockNumbers(json, "keepAsIs", keepFieldsAsIs, problems);
        if (!Slugs.isValid(articleId)) {
            problems.add(new FieldProblem("id", "expected lowercase letters, digits and single hyphens"));
        }
        JsonNode imageNode = json.get("image");
        ArticleImageInput image = imageNode == null ? null : image(imageNode, lang, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        return new Payload(
                new EditionInput(
                        articleId,
                        lang,
                        title,
                        summary,
                        body,
                        published,
                        null,
                        authors,
                        topics,
                        keepAsIs,
                        keepAsIs == null ? null : keepFieldsAsIs,
                        false),
                imageNode != null,
                image);
    }

    /** {@code {"src": "hash or /media/ address", "alt": "…", "caption": "…", "credit": "…"}}, or null. */
    private static ArticleImageInput image(JsonNode node, Lang lang, List<FieldProblem> problems) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem(
                    "image", "expected {\"src\": …, \"alt\": …} naming an image of the media library, or null"));
            return null;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!IMAGE_FIELDS.contains(name)) {
                problems.add(new FieldProblem(
                        "image." + name, "is not a field of an image; expected " + String.join(", ", IMAGE_FIELDS)));
            }
        });
        String src = text(node, "src", true, 200, problems, "image.");
        String alt = text(node, "alt", true, 1_000, problems, "image.");
        String caption = text(node, "caption", false, 2_000, problems, "image.");
        // Left out, the credit stays as it is; "" removes it.
        String credit = node.has("credit") ? text(node, "credit", false, 300, problems, "image.") : null;
        return ArticleImageInput.in(lang, src, alt, caption, credit);
    }

    /** Block numbers from 1, e.g. {@code [2, 5]}; null when the field is absent (stored marks stay). */
    /**
     * Body block numbers from 1, and the names {@code "title"} and {@code "summary"} into
     * {@code fields}; null when the field is absent.
     */
    private static List<Integer> blockNumbers(
            JsonNode json, String field, Set<String> fields, List<FieldProblem> problems) {
        JsonNode list = json.get(field);
        if (list == null || list.isNull()) {
            return null;
        }
        List<Integer> numbers = new ArrayList<>();
        if (!list.isArray() || list.size() > EditionLimits.MAX_BODY_BYTES / 2) {
            problems.add(
                    new FieldProblem(
                            field,
                            "expected an array of body block numbers, from 1, and \"title\" or \"summary\", e.g. [2, 5, \"title\"]"));
            return numbers;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (item.isTextual()
                    && (item.asText().equals(UntranslatedBlocks.TITLE)
                            || item.asText().equals(UntranslatedBlocks.SUMMARY))) {
                fields.add(item.asText());
            } else if (!item.isInt() || item.asInt() < 1) {
                problems.add(new FieldProblem(
                        field + "[" + i + "]", "expected a block number from 1, \"title\" or \"summary\""));
            } else {
                numbers.add(item.asInt());
            }
        }
        return numbers;
    }

    private static String text(JsonNode json, String field, boolean required, int max, List<FieldProblem> problems) {
        return text(json, field, required, max, problems, "");
    }

    private static String text(
            JsonNode json, String name, boolean required, int max, List<FieldProblem> problems, String prefix) {
        String field = prefix + name;
        JsonNode node = json.get(name);
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
