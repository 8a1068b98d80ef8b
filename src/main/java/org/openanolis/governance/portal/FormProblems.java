package org.openanolis.governance.portal;

import java.util.List;
import java.util.function.Function;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.Languages;
import org.springframework.validation.BindingResult;

/**
 * Puts the services' field problems onto a page's form, so each message shows next to the control it is
 * about. The services name fields as the API does ({@code chairs[1]}, {@code products[0].name}); each form
 * says, through its mapper, which of its own fields shows that problem and in which words.
 */
public final class FormProblems {

    private FormProblems() {
    }

    /**
     * Rejects every problem on the form field its mapper names. A problem the mapper leaves without a field
     * (null) is shown for the form as a whole, so none is ever lost.
     */
    public static void reject(List<FieldProblem> problems, BindingResult result,
                              Function<FieldProblem, FieldProblem> mapper) {
        for (FieldProblem problem : problems) {
            FieldProblem shown = mapper.apply(problem);
            if (shown == null || shown.field() == null) {
                result.reject("invalid", shown == null ? problem.field() + " " + problem.message() : shown.message());
            } else {
                result.rejectValue(shown.field(), "invalid", shown.message());
            }
        }
    }

    /**
     * A problem of a form whose lists are one textarea each: on the field its label names, and for an entry of a
     * list ({@code chairs[1]}) naming the entry it is about. Null for a field the form does not show.
     *
     * @param labelOf   the words a field goes by on the page, null for a field it does not show
     * @param entriesOf the entries the person typed into a list field, by its name
     */
    public static FieldProblem labelled(FieldProblem problem, Function<String, String> labelOf,
                                        Function<String, List<String>> entriesOf) {
        String base = baseOf(problem.field());
        String label = labelOf.apply(base);
        if (label == null) {
            return null;
        }
        int index = indexOf(problem.field());
        if (index < 0) {
            return new FieldProblem(base, Languages.text("problem.labelled", label, problem.message()));
        }
        List<String> entries = entriesOf.apply(base);
        String entry = index < entries.size() ? entries.get(index) : Languages.text("problem.entry", index + 1);
        return new FieldProblem(base, Languages.text("problem.labelled-entry", label, entry, problem.message()));
    }

    /** The index in {@code chairs[1]} or {@code products[0].name}, or -1 when the field has none. */
    public static int indexOf(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The field without its index and what follows: {@code chairs} for {@code chairs[1]}. */
    public static String baseOf(String field) {
        int open = field.indexOf('[');
        return open < 0 ? field : field.substring(0, open);
    }

    /** What follows the index: {@code .testReport.passed} for {@code products[0].testReport.passed}, else "". */
    public static String restOf(String field) {
        int close = field.indexOf(']');
        return close < 0 ? "" : field.substring(close + 1);
    }
}
