package org.tribune.web;

import java.util.List;

/**
 * A request whose fields were wrong, each named with what was expected; becomes a 422 problem
 * document listing them all (RFC 9457, with an {@code errors} member).
 */
public final class InvalidFields extends RuntimeException {
    /** One bad field: a JSON pointer-like name such as {@code authors[0].key}, and what was wrong. */
    public record FieldProblem(String field, String detail) {}

    private final transient List<FieldProblem> problems;

    public InvalidFields(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
