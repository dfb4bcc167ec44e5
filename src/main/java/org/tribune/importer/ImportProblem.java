package org.tribune.importer;

/** A line (or file) that was not imported, and why. Printed as {@code file:line: reason}. */
public record ImportProblem(String file, long line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
