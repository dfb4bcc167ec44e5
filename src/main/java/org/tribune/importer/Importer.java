package org.tribune.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tribune.content.ContentService;

/**
 * Imports JSON Lines files and folders of Markdown files into the store.
 *
 * <pre>{@code
 * ImportReport report = new Importer(content).importPaths(List.of(Path.of("articles.jsonl")), System.err::println);
 * }</pre>
 *
 * <p>It streams: lines are read, validated and stored in batches, so memory stays flat however
 * large the file. A bad line is reported with its file and line number and skipped; the good
 * lines around it still land. Re-importing a line updates its edition (same id and lang).
 */
public final class Importer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContentService content;
    private final int batchSize;

    public Importer(ContentService content) {
        this(content, 250);
    }

    Importer(ContentService content, int batchSize) {
        this.content = content;
        this.batchSize = batchSize;
    }

    /** Imports every file named, and every .jsonl and .md file under every folder named. */
    public ImportReport importPaths(List<Path> paths, Consumer<ImportProblem> onProblem) {
        var report = new ImportReport();
        var batch = new ImportBatch(content, batchSize, report, problem -> {
            report.problem(problem);
            onProblem.accept(problem);
        });
        for (Path path : paths) {
            for (Path file : filesUnder(path, batch)) {
                importFile(file, batch);
            }
        }
        batch.flush();
        return report;
    }

    private static List<Path> filesUnder(Path path, ImportBatch batch) {
        if (!Files.exists(path)) {
            batch.reject(path.toString(), 0, "no such file or folder");
            return List.of();
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(f -> kindOf(f) != FileKind.OTHER).sorted().toList();
        } catch (IOException e) {
            batch.reject(path.toString(), 0, "cannot read folder: " + e.getMessage());
            return List.of();
        }
    }

    private void importFile(Path file, ImportBatch batch) {
        try {
            switch (kindOf(file)) {
                case JSON_LINES -> importJsonLines(file, batch);
                case MARKDOWN -> batch.add(file.toString(), 1, MarkdownFile.read(file));
                case OTHER -> batch.reject(file.toString(), 0, "unsupported file type: expected .jsonl or .md");
            }
        } catch (ImportFields.BadRecord e) {
            batch.reject(file.toString(), 1, e.getMessage());
        } catch (CharacterCodingException e) {
            batch.reject(file.toString(), 0, "not valid UTF-8");
        } catch (IOException | UncheckedIOException e) {
            batch.reject(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    private void importJsonLines(Path file, ImportBatch batch) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            readJsonLines(file.toString(), reader, batch);
        }
    }

    /** Imports JSON Lines from a reader, such as a resource; {@code name} is used in problem reports. */
    public ImportReport importJsonLines(String name, Reader reader, Consumer<ImportProblem> onProblem) {
        var report = new ImportReport();
        var batch = new ImportBatch(content, batchSize, report, problem -> {
            report.problem(problem);
            onProblem.accept(problem);
        });
        try (var lines = new BufferedReader(reader, 1 << 16)) {
            readJsonLines(name, lines, batch);
        } catch (IOException e) {
            batch.reject(name, 0, "cannot read: " + e.getMessage());
        }
        batch.flush();
        return report;
    }

    private static void readJsonLines(String name, BufferedReader reader, ImportBatch batch) throws IOException {
        String line;
        long number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                importLine(name, number, line, batch);
            }
        }
    }

    private static void importLine(String file, long number, String line, ImportBatch batch) {
        try {
            batch.add(file, number, ImportFields.toInput(JSON.readTree(line), null, null));
        } catch (JsonProcessingException e) {
            batch.reject(file, number, "not valid JSON: " + e.getOriginalMessage());
        } catch (ImportFields.BadRecord e) {
            batch.reject(file, number, e.getMessage());
        }
    }

    private enum FileKind { JSON_LINES, MARKDOWN, OTHER }

    private static FileKind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return FileKind.JSON_LINES;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return FileKind.MARKDOWN;
        }
        return FileKind.OTHER;
    }

}
