package org.tribune.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes small corpora for the tests and reads them back, measuring text the way the brief defines it. */
final class CorpusFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusFixtures() {}

    static String corpus(long seed, int articles, boolean traditional) {
        try {
            StringWriter out = new StringWriter();
            new SyntheticCorpus(seed).write(articles, traditional, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(long seed, int articles) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new SyntheticCorpus(seed).write(articles, true, out);
        }
        return bytes.toByteArray();
    }

    static List<JsonNode> parse(String corpus) {
        return corpus.lines()
                .map(line -> {
                    try {
                        return JSON.readTree(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException("not JSON: " + line, e);
                    }
                })
                .toList();
    }

    static List<List<JsonNode>> articles(List<JsonNode> lines, int editions) {
        List<List<JsonNode>> articles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += editions) {
            articles.add(lines.subList(i, i + editions));
        }
        return articles;
    }

    static List<String> fieldNames(JsonNode line) {
        List<String> names = new ArrayList<>();
        line.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<JsonNode> refs(JsonNode line, String field) {
        List<JsonNode> refs = new ArrayList<>();
        line.get(field).forEach(refs::add);
        return refs;
    }

    static List<String> keys(JsonNode line, String field) {
        return refs(line, field).stream().map(ref -> ref.get("key").asText()).toList();
    }

    static List<String> names(JsonNode line) {
        List<JsonNode> refs = new ArrayList<>(refs(line, "authors"));
        refs.addAll(refs(line, "topics"));
        return refs.stream().map(ref -> ref.get("name").asText()).toList();
    }

    static List<String> paragraphs(String body) {
        return List.of(body.split("\n\n")).stream()
                .filter(block -> !block.startsWith("## "))
                .toList();
    }

    /** A word is a whitespace-separated token with a letter or digit, so Markdown's "##" is not one. */
    static int wordCount(String text) {
        int words = 0;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            counted = !Character.isWhitespace(c) && counted;
            if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    static int hanCount(String text) {
        return (int) text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
    }

    /** Keeps no text: counts what arrives, and how much arrived before the first line was complete. */
    static final class DiscardingWriter extends Writer {

        long chars;
        long lines;
        long charsBeforeFirstLine = -1;
        boolean flushed;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                    charsBeforeFirstLine = charsBeforeFirstLine < 0 ? chars + i - offset : charsBeforeFirstLine;
                }
            }
            chars += length;
        }

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {}
    }
}
