package org.tribune.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tribune.content.EditionInput;
import org.tribune.content.Slugs;

/**
 * One edition written as a Markdown file: YAML front matter between {@code ---} lines holding the
 * import format's fields, then the body. Without an {@code id}, the file name gives the slug.
 */
final class MarkdownFile {
    private static final YAMLMapper YAML = new YAMLMapper();

    private MarkdownFile() {}

    static EditionInput read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("---\n")) {
            throw new ImportFields.BadRecord("expected YAML front matter between '---' lines at the top of the file");
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            throw new ImportFields.BadRecord("front matter is not closed by a '---' line");
        }
        String frontMatter = text.substring(4, end + 1);
        int bodyStart = text.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        JsonNode fields;
        try {
            fields = YAML.readTree(frontMatter);
        } catch (JsonProcessingException e) {
            throw new ImportFields.BadRecord("front matter is not valid YAML: " + e.getOriginalMessage());
        }
        return ImportFields.toInput(fields, defaultId(file), langInName(file), body.strip());
    }

    /** The language a name such as {@code slug.zh-Hans.md} gives, or null. */
    private static String langInName(Path file) {
        String[] parts = file.getFileName().toString().split("\\.");
        return parts.length >= 3 ? parts[parts.length - 2] : null;
    }

    private static String defaultId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        // "slug.zh-Hans.md" names an edition of "slug"
        int langDot = stem.indexOf('.');
        return Slugs.from(langDot > 0 ? stem.substring(0, langDot) : stem);
    }
}
