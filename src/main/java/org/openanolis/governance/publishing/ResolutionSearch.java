package org.openanolis.governance.publishing;

import java.util.Collection;
import java.util.List;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.TextRules;

/**
 * What a reader searches the register for; each part may be absent (null): words of the case's name or the
 * resolution's number, a case type's key, a year.
 */
public record ResolutionSearch(String text, String caseType, Integer year) {

    public static final ResolutionSearch EVERYTHING = new ResolutionSearch(null, null, null);

    /** The query parameters' names, also the fields a problem names. */
    public static final String TEXT = "q";
    public static final String TYPE = "type";
    public static final String YEAR = "year";

    private static final int MAX_TEXT = 100;

    /**
     * The search these parameters ask for (blank ones are absent), with every invalid one added to {@code problems}:
     * text is one line of at most 100 characters, the type one of {@code caseTypes}, the year one from 2000 to 9999.
     */
    public static ResolutionSearch read(String text, String caseType, String year, Collection<String> caseTypes,
                                        List<FieldProblem> problems) {
        String words = blankAsAbsent(text);
        if (words != null && !TextRules.singleLine(TEXT, words, MAX_TEXT, false, problems)) {
            words = null;
        }
        String type = blankAsAbsent(caseType);
        if (type != null && !caseTypes.contains(type)) {
            problems.add(FieldProblem.of(TYPE, "one-of-list", String.join(", ", caseTypes)));
            type = null;
        }
        return new ResolutionSearch(words, type, yearOf(blankAsAbsent(year), problems));
    }

    private static Integer yearOf(String year, List<FieldProblem> problems) {
        if (year == null) {
            return null;
        }
        if (year.length() != 4 || !year.chars().allMatch(c -> c >= '0' && c <= '9') || year.charAt(0) == '0'
                || Integer.parseInt(year) < 2000) {
            problems.add(FieldProblem.of(YEAR, "year"));
            return null;
        }
        return Integer.parseInt(year);
    }

    private static String blankAsAbsent(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether anything narrows the search. */
    public boolean narrows() {
        return text != null || caseType != null || year != null;
    }
}
