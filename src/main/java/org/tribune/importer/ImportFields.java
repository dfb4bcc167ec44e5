package org.tribune.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tribune.content.EditionInput;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.content.UntranslatedBlocks;

/**
 * Reads the import format's fields (DESIGN.md: id, lang, title, summary, published, updated,
 * authors, topics, body; for a translation also keepAsIs and publishUntranslated) from a parsed JSON line or Markdown front matter, with an error that
 * names the field for anything missing or of the wrong shape.
 */
final class ImportFields {
    private ImportFields() {}

    /**
     * @param defaultId used when the record has no {@code id} (a Markdown file's name), or null
     * @param defaultLang used when the record has no {@code lang} (from {@code slug.zh-Hans.md}), or null
     * @param bodyOverride the body when it is not a field (a Markdown file's text), or null
     */
    static EditionInput toInput(JsonNode node, String defaultId, String defaultLang, String bodyOverride) {
        if (node == null || !node.isObject()) {
            throw new BadRecord("expected a JSON object with the fields id, lang, title, summary, published, "
                    + "authors, topics and body");
        }
        String id = optionalText(node, "id");
        if (id == null) {
            id = defaultId;
        }
        if (id == null) {
            throw new BadRecord("id: missing");
        }
        String langTag = optionalText(node, "lang");
        if (langTag == null) {
            langTag = defaultLang;
        }
        if (langTag == null) {
            throw new BadRecord("lang: missing");
        }
        String givenLang = langTag;
        Lang lang = Lang.fromTag(givenLang)
                .orElseThrow(() -> new BadRecord("lang: expected en, zh-Hans or zh-Hant, got '" + givenLang + "'"));
        String body = bodyOverride != null ? bodyOverride : requiredText(node, "body");
        return new EditionInput(
                id,
                lang,
                requiredText(node, "title"),
                optionalText(node, "summary"),
                body,
                instant(node, "published"),
                instant(node, "updated"),
                named(node, "authors"),
                named(node, "topics"),
                blockNumbers(node, "keepAsIs"),
                fieldNames(node, "keepAsIs"),
                flag(node, "publishUntranslated"));
    }

    /** The names {@code "title"} and {@code "summary"} of a {@code keepAsIs} list; null when the field is absent. */
    private static Set<String> fieldNames(JsonNode node, String field) {
        JsonNode list = node.get(field);
        if (list == null || list.isNull() || !list.isArray()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        list.forEach(item -> {
            if (item.isTextual()) {
                names.add(item.asText());
            }
        });
        return names;
    }

    /**
     * Body block numbers from 1 ({@code "keepAsIs": [3, "title"]}, where {@code "title"} and
     * {@code "summary"} name those fields); null when the field is absent.
     */
    private static List<Integer> blockNumbers(JsonNode node, String field) {
        JsonNode list = node.get(field);
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            throw new BadRecord(
                    field + ": expected a list of body block numbers such as [2, 5], got " + describe(list));
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (item.isTextual()
                    && (item.asText().equals(UntranslatedBlocks.TITLE)
                            || item.asText().equals(UntranslatedBlocks.SUMMARY))) {
                continue;
            }
            if (!item.isInt() || item.asInt() < 1) {
                throw new BadRecord(field + "[" + i
                        + "]: expected a block number from 1, \"title\" or \"summary\", got " + describe(item));
            }
            numbers.add(item.asInt());
        }
        return numbers;
    }

    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadRecord(field + ": expected true or false, got " + describe(value));
        }
        return value.asBoolean();
    }

    /** A line's {@code image}: {@code {"src": "path or media hash", "alt": "…", "caption": "…", "credit": "…"}}. */
    record ImageField(String src, String alt, String caption, String credit) {}

    private static final List<String> IMAGE_FIELDS = List.of("src", "alt", "caption", "credit");

    /** The record's image, or null when it names none. */
    static ImageField image(JsonNode node) {
        JsonNode image = node.get("image");
        if (image == null || image.isNull()) {
            return null;
        }
        if (!image.isObject()) {
            throw new BadRecord(
                    "image: expected {\"src\": \"path or media hash\", \"alt\": \"…\"}, got " + describe(image));
        }
        image.fieldNames().forEachRemaining(name -> {
            if (!IMAGE_FIELDS.contains(name)) {
                throw new BadRecord("image." + name + ": not a field of an image; expected src, alt, caption, credit");
            }
        });
        String src = optionalText(image, "src");
        String alt = optionalText(image, "alt");
        if (src == null || src.isBlank()) {
            throw new BadRecord("image.src: missing; expected a path (relative to the file) or a media hash");
        }
        if (alt == null || alt.isBlank()) {
            throw new BadRecord("image.alt: missing; say what the image shows, for readers who cannot see it");
        }
        return new ImageField(src, alt, optionalText(image, "caption"), optionalText(image, "credit"));
    }

    private static String requiredText(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null) {
            throw new BadRecord(field + ": missing");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRecord(field + ": expected a string, got " + describe(value));
        }
        return value.asText();
    }

    private static Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw new BadRecord(
                        field + ": expected an ISO-8601 date-time such as 2022-03-04T00:00:00Z, got '" + text + "'");
            }
        }
    }

    private static List<Named> named(JsonNode node, String field) {
        JsonNode list = node.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new BadRecord(field + ": expected a list of {\"key\": …, \"name\": …}, got " + describe(list));
        }
        List<Named> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                throw new BadRecord(field + "[" + i + "]: expected {\"key\": …, \"name\": …}, got " + describe(item));
            }
            // The name is optional: a key alone refers to an author or topic that exists.
            result.add(new Named(requiredText(item, "key"), optionalText(item, "name")));
        }
        return result;
    }

    private static String describe(JsonNode value) {
        return value.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    /** A record that does not have the import format's shape. */
    static final class BadRecord extends RuntimeException {
        BadRecord(String message) {
            super(message);
        }
    }
}
