package org.tribune.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.content.ContentService;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionStatus;
import org.tribune.content.IgnoredName;
import org.tribune.content.InvalidContent;
import org.tribune.content.SaveResult;

/**
 * Collects parsed records and stores them a batch per transaction. When a batch fails, its
 * records are stored one by one so that only the bad ones are reported and the rest still land.
 */
final class ImportBatch {
    private static final Logger log = LoggerFactory.getLogger(ImportBatch.class);

    private final ContentService content;
    private final int size;
    private final ImportReport report;
    private final Consumer<ImportProblem> problems;
    private final List<Pending> pending = new ArrayList<>();
    /** Report each record that would be stored, store none. */
    private final boolean dryRun;

    ImportBatch(ContentService content, int size, ImportReport report, Consumer<ImportProblem> problems) {
        this(content, size, report, problems, false);
    }

    ImportBatch(
            ContentService content, int size, ImportReport report, Consumer<ImportProblem> problems, boolean dryRun) {
        this.content = content;
        this.size = size;
        this.report = report;
        this.problems = problems;
        this.dryRun = dryRun;
    }

    void add(String file, long line, EditionInput input) {
        add(file, line, input, input.published() != null ? EditionStatus.PUBLISHED : EditionStatus.DRAFT);
    }

    void add(String file, long line, EditionInput input, EditionStatus status) {
        if (dryRun) {
            report.note(file + ":" + line + ": would import " + input.articleId() + " ("
                    + input.lang().tag() + ", " + status.code() + ")");
            return;
        }
        pending.add(new Pending(file, line, input, status));
        if (pending.size() >= size) {
            flush();
        }
    }

    void reject(String file, long line, String reason) {
        problems.accept(new ImportProblem(file, line, reason));
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            List<SaveResult> results = content.saveReporting(
                    pending.stream().map(Pending::input).toList(),
                    pending.stream().map(Pending::status).toList());
            for (int i = 0; i < results.size(); i++) {
                count(pending.get(i), results.get(i));
            }
        } catch (RuntimeException batchFailed) {
            pending.forEach(this::saveAlone);
        }
        pending.clear();
    }

    private void count(Pending p, SaveResult result) {
        report.count(result.outcome());
        for (IgnoredName ignored : result.ignoredNames()) {
            report.warning(new ImportProblem(p.file(), p.line(), ignored.field() + ": " + ignored.message()));
        }
    }

    private void saveAlone(Pending p) {
        try {
            count(
                    p,
                    content.saveReporting(List.of(p.input()), List.of(p.status()))
                            .getFirst());
        } catch (InvalidContent e) {
            reject(p.file(), p.line(), e.getMessage());
        } catch (RuntimeException e) {
            log.warn("storing {}:{} failed", p.file(), p.line(), e);
            reject(p.file(), p.line(), "could not be stored: " + e.getMessage());
        }
    }

    private record Pending(String file, long line, EditionInput input, EditionStatus status) {}
}
