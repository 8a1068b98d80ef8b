package org.openanolis.governance.system;

import java.util.List;

/** The request is valid but the case's current state does not allow it: answered 409. */
public class ConflictException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public ConflictException(String message) {
        this(message, List.of());
    }

    public ConflictException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
