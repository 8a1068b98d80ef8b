package org.openanolis.governance.system;

import java.util.ArrayList;
import java.util.List;

/**
 * What a form's validator found: format problems (400) and clashes with what already exists (409), kept apart so
 * that a form with both is answered 400 listing all of them, and one that only clashes 409.
 */
public record FormVerdict(List<FieldProblem> invalid, List<FieldProblem> clashes) {

    /** Refuses the form when anything was found; {@code clash} is the 409's detail. */
    public void orRefuse(String clash) {
        if (!invalid.isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(invalid);
            all.addAll(clashes);
            throw new InvalidInputException(all);
        }
        if (!clashes.isEmpty()) {
            throw new ConflictException(clash, clashes);
        }
    }
}
