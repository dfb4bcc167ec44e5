package org.tribune.importer;

import java.util.ArrayList;
import java.util.List;
import org.tribune.content.SaveOutcome;

/** What an import did: counts of editions by outcome, and every problem with where it was found. */
public final class ImportReport {
    private long created;
    private long updated;
    private long unchanged;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void count(SaveOutcome outcome) {
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    /** A line that was imported with something it asked for left undone (a name not applied). */
    void warning(ImportProblem warning) {
        warnings.add(warning);
    }

    /** Lines imported with something left undone, e.g. an author's name that differs from the stored one. */
    public List<ImportProblem> warnings() {
        return List.copyOf(warnings);
    }

    void problem(ImportProblem problem) {
        problems.add(problem);
    }

    /** Something skipped on purpose or worth knowing (comments not imported, shortcodes kept as text). */
    void note(String note) {
        notes.add(note);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    public long imported() {
        return created + updated + unchanged;
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public String summary() {
        String summary = "%d editions imported (%d new, %d updated, %d unchanged), %d failed"
                .formatted(imported(), created, updated, unchanged, problems.size());
        return warnings.isEmpty()
                ? summary
                : summary + ", " + warnings.size() + " author or topic names not applied (warnings above)";
    }
}
