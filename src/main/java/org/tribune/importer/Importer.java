package org.tribune.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tribune.content.ArticleImageInput;
import org.tribune.content.ContentService;
import org.tribune.content.EditionInput;
import org.tribune.content.Lang;
import org.tribune.media.MediaLibrary;

/**
 * Imports JSON Lines files, folders of Markdown files and WordPress exports (WXR) into the store.
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
    private final MediaLibrary media;
    private final int batchSize;

    /**
     * An importer without a media library: WordPress images stay links to the old site, and
     * JSON Lines records may name images by media hash only.
     */
    public Importer(ContentService content) {
        this(content, null, 250);
    }

    /**
     * @param media where a WordPress site's images ({@code --uploads}) and the image files JSON
     *     Lines records name by path go
     */
    public Importer(ContentService content, MediaLibrary media) {
        this(content, media, 250);
    }

    Importer(ContentService content, int batchSize) {
        this(content, null, batchSize);
    }

    private Importer(ContentService content, MediaLibrary media, int batchSize) {
        this.content = content;
        this.media = media;
        this.batchSize = batchSize;
    }

    /** Imports every file named, and every .jsonl and .md file under every folder named. */
    public ImportReport importPaths(List<Path> paths, Consumer<ImportProblem> onProblem) {
        return importPaths(paths, WxrOptions.DEFAULTS, onProblem);
    }

    /**
     * As {@link #importPaths(List, Consumer)}, reading WordPress exports (WXR: {@code .xml}, or an
     * {@code <rss>} document in WordPress's namespace) with these options; a dry run stores
     * nothing from any file, JSON Lines and Markdown included, and reports what it would.
     */
    public ImportReport importPaths(List<Path> paths, WxrOptions wxr, Consumer<ImportProblem> onProblem) {
        var report = new ImportReport();
        var batch = new ImportBatch(
                content,
                batchSize,
                report,
                problem -> {
                    report.problem(problem);
                    onProblem.accept(problem);
                },
                wxr.dryRun());
        for (Path path : paths) {
            for (Path file : filesUnder(path, batch)) {
                if (kindOf(file) == FileKind.WXR) {
                    new WxrFile(file, wxr, batch, report, content.redirects(), media).importAll();
                } else {
                    importFile(file, batch);
                }
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
            return walk.filter(Files::isRegularFile)
                    .filter(f -> kindOf(f) != FileKind.OTHER)
                    .sorted()
                    .toList();
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
                case WXR -> throw new IllegalStateException("WXR files are imported by WxrFile");
                case OTHER ->
                    batch.reject(
                            file.toString(),
                            0,
                            "unsupported file type: expected .jsonl, .md or a WordPress export (.xml)");
            }
        } catch (ImportFields.BadRecord e) {
            batch.reject(file.toString(), 1, e.getMessage());
        } catch (MalformedInputException e) {
            batch.reject(file.toString(), 0, "not valid UTF-8");
        } catch (IOException | UncheckedIOException e) {
            batch.reject(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    private static final int MAX_LINE_BYTES = 32 * 1024 * 1024;

    private void importJsonLines(Path file, ImportBatch batch) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            readJsonLines(file.toString(), file.toAbsolutePath().getParent(), in, batch);
        }
    }

    /** Imports JSON Lines from a stream, such as a resource; {@code name} is used in problem reports. */
    public ImportReport importJsonLines(String name, InputStream in, Consumer<ImportProblem> onProblem) {
        var report = new ImportReport();
        var batch = new ImportBatch(content, batchSize, report, problem -> {
            report.problem(problem);
            onProblem.accept(problem);
        });
        try (in) {
            readJsonLines(name, null, in, batch);
        } catch (IOException e) {
            batch.reject(name, 0, "cannot read: " + e.getMessage());
        }
        batch.flush();
        return report;
    }

    /** @param folder where image paths in the lines start; null when they may only name media hashes */
    private void readJsonLines(String name, Path folder, InputStream in, ImportBatch batch) throws IOException {
        var lines = new Utf8Lines(in, MAX_LINE_BYTES);
        Utf8Lines.Line line;
        while ((line = lines.next()) != null) {
            if (line.problem() != null) {
                batch.reject(name, line.number(), line.problem());
            } else if (!line.text().isBlank()) {
                importLine(name, folder, line.number(), line.text(), batch);
            }
        }
    }

    private void importLine(String file, Path folder, long number, String line, ImportBatch batch) {
        try {
            var node = JSON.readTree(line);
            EditionInput input = ImportFields.toInput(node, null, null, null);
            ImportFields.ImageField image = ImportFields.image(node);
            batch.addWithImage(
                    file,
                    number,
                    input,
                    image == null ? null : articleImage(image, input.lang(), folder, batch.dryRun()));
        } catch (JsonProcessingException e) {
            batch.reject(file, number, "not valid JSON: " + e.getOriginalMessage());
        } catch (ImportFields.BadRecord e) {
            batch.reject(file, number, e.getMessage());
        }
    }

    /**
     * The image a line names, by media hash (or file name, or {@code /media/} address) or by a path
     * relative to its file, stored in the media library first (a dry run only checks the file is there).
     */
    private ArticleImageInput articleImage(ImportFields.ImageField image, Lang lang, Path folder, boolean dryRun) {
        String media = image.src();
        if (!content.isMediaImage(media)) {
            if (folder == null) {
                throw new ImportFields.BadRecord("image.src: no image " + media + " in the media library");
            }
            Path file = folder.resolve(media).normalize();
            if (!Files.isRegularFile(file)) {
                throw new ImportFields.BadRecord(
                        "image.src: neither a media hash nor a file (looked for " + file + ")");
            }
            if (this.media == null) {
                throw new ImportFields.BadRecord("image.src: " + media + " is not in the media library, and this"
                        + " import stores no image files");
            }
            if (dryRun) {
                return ArticleImageInput.in(lang, media, image.alt(), image.caption(), image.credit());
            }
            try {
                media = this.media.storeFile(file, "import").fileName();
            } catch (RuntimeException e) {
                throw new ImportFields.BadRecord("image.src: " + e.getMessage());
            }
        }
        return ArticleImageInput.in(lang, media, image.alt(), image.caption(), image.credit());
    }

    private enum FileKind {
        JSON_LINES,
        MARKDOWN,
        WXR,
        OTHER
    }

    private static FileKind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return FileKind.JSON_LINES;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return FileKind.MARKDOWN;
        }
        return name.endsWith(".xml") || WxrFile.looksLikeWxr(file) ? FileKind.WXR : FileKind.OTHER;
    }
}
