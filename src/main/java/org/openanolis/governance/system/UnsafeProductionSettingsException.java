package org.openanolis.governance.system;

import java.util.List;

/**
 * Production was asked to start with settings that would expose it (demo users, a guessable administrator
 * password, a file database). Carries every problem at once, so one failed start tells the operator everything.
 */
public class UnsafeProductionSettingsException extends RuntimeException {

    /** What is wrong and exactly what to set instead. */
    public record Problem(String description, String action) {
    }

    private final transient List<Problem> problems;

    public UnsafeProductionSettingsException(List<Problem> problems) {
        super("The prod profile refuses to start: " + String.join(" ",
                problems.stream().map(p -> p.description() + " Action: " + p.action()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
