package org.tribune.zh.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tribune.demo.SyntheticCorpus;

/**
 * The Simplified Chinese text the benchmarks convert: the file named by {@code -Dtribune.bench.text}
 * when given (bench/zh-cli.sh writes one), otherwise the zh-Hans bodies of the synthetic corpus
 * ({@code tribune demo --seed 42}), one blank line between articles.
 */
final class ZhCorpus {
    static final int ARTICLES = 1200;

    private ZhCorpus() {}

    static String text() {
        String file = System.getProperty("tribune.bench.text");
        try {
            return file != null ? Files.readString(Path.of(file), StandardCharsets.UTF_8) : synthetic(ARTICLES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String synthetic(int articles) throws IOException {
        var jsonLines = new StringWriter();
        new SyntheticCorpus(42).write(articles, false, jsonLines);
        var mapper = new ObjectMapper();
        var text = new StringBuilder();
        for (String line : jsonLines.toString().split("\n")) {
            JsonNode edition = mapper.readTree(line);
            if (edition.get("lang").asText().equals("zh-Hans")) {
                text.append(edition.get("body").asText().strip()).append("\n\n");
            }
        }
        return text.toString();
    }
}
