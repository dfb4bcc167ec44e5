package org.tribune.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.content.ArticleImage;
import org.tribune.content.ArticleImageInput;
import org.tribune.content.ContentService;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionStatus;
import org.tribune.content.IgnoredName;
import org.tribune.content.InvalidContent;
import org.tribune.content.Lang;
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

    /** Whether records are reported instead of stored: nothing may be written, images included. */
    boolean dryRun() {
        return dryRun;
    }

    void add(String file, long line, EditionInput input) {
        addWithImage(file, line, input, null);
    }

    /** @param image the article's image the record names, stored once its edition is; or null */
    void addWithImage(String file, long line, EditionInput input, ArticleImageInput image) {
        add(file, line, input, input.published() != null ? EditionStatus.PUBLISHED : EditionStatus.DRAFT, image);
    }

    void add(String file, long line, EditionInput input, EditionStatus status) {
        add(file, line, input, status, null);
    }

    /** @param image the article's image, stored once its edition is; or null */
    void add(String file, long line, EditionInput input, EditionStatus status, ArticleImageInput image) {
        if (dryRun) {
            report.note(file + ":" + line + ": would import " + input.articleId() + " ("
                    + input.lang().tag() + ", " + status.code() + ")");
            return;
        }
        add(file, line, input, status, image, () -> {});
    }

    /**
     * @param image the article's image, stored once its edition is; or null
     * @param stored run once the edition is stored (at once in a dry run, which would store it),
     *     never when it is refused: what depends on the edition existing, such as its old addresses
     */
    void add(
            String file,
            long line,
            EditionInput input,
            EditionStatus status,
            ArticleImageInput image,
            Runnable stored) {
        if (dryRun) {
            stored.run();
            return;
        }
        pending.add(new Pending(file, line, input, status, image, stored));
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
            pending.clear();
            return;
        }
        pending.forEach(this::giveImage);
        pending.forEach(p -> p.stored().run());
        pending.clear();
    }

    private void count(Pending p, SaveResult result) {
        report.count(result.outcome());
        for (IgnoredName ignored : result.ignoredNames()) {
            report.warning(new ImportProblem(p.file(), p.line(), ignored.field() + ": " + ignored.message()));
        }
    }

    /** After the record's edition is stored: its article must exist to be given an image. */
    private void giveImage(Pending p) {
        if (p.image() == null) {
            return;
        }
        if (content.articleImage(p.input().articleId())
                .filter(current -> alreadyHas(current, p.image()))
                .isPresent()) {
            // Setting it again would change nothing but the content version, which renews every cached page.
            return;
        }
        try {
            content.setArticleImage(p.input().articleId(), p.image());
        } catch (InvalidContent e) {
            reject(p.file(), p.line(), e.getMessage() + " (the edition was stored without it)");
        }
    }

    /** Whether the article already shows this image with these texts and credit. */
    private static boolean alreadyHas(ArticleImage current, ArticleImageInput image) {
        String media = image.media().strip();
        boolean sameFile = current.file().equals(media)
                || current.path().equals(media)
                || current.file().startsWith(media + ".");
        boolean sameCredit = image.credit() == null || Objects.equals(current.credit(), blankToNull(image.credit()));
        boolean sameTexts = true;
        for (Map.Entry<Lang, ArticleImage.Text> text : image.texts().entrySet()) {
            sameTexts &= text.getValue().alt() != null
                    && new ArticleImage.Text(
                                    text.getValue().alt().strip(),
                                    blankToNull(text.getValue().caption()))
                            .equals(current.texts().get(text.getKey()));
        }
        return sameFile && sameCredit && sameTexts;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void saveAlone(Pending p) {
        try {
            count(
                    p,
                    content.saveReporting(List.of(p.input()), List.of(p.status()))
                            .getFirst());
            giveImage(p);
        } catch (InvalidContent e) {
            reject(p.file(), p.line(), e.getMessage());
            return;
        } catch (RuntimeException e) {
            log.warn("storing {}:{} failed", p.file(), p.line(), e);
            reject(p.file(), p.line(), "could not be stored: " + e.getMessage());
            return;
        }
        p.stored().run();
    }

    private record Pending(
            String file,
            long line,
            EditionInput input,
            EditionStatus status,
            ArticleImageInput image,
            Runnable stored) {}
}
