package org.openanolis.governance.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shared rules for text people type. Single-line fields refuse every control character, so
 * nothing typed can break a mail header or a log line; multi-line fields allow only line breaks and tabs.
 */
public final class TextRules {

    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    private TextRules() {
    }

    /** Adds a problem when the value is invalid; true when it is present and valid. */
    public static boolean singleLine(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        if (!present(field, value, required, problems)) {
            return false;
        }
        if (!wellFormed(field, value, problems)) {
            return false;
        }
        if (value.codePoints().anyMatch(TextRules::isControl)) {
            problems.add(FieldProblem.of(field, "single-line"));
            return false;
        }
        return withinLength(field, value, max, problems);
    }

    /** Adds a problem unless the value names one of the enum's constants ("must be A, B or C"); it is required. */
    public static <E extends Enum<E>> void oneOf(String field, String value, Class<E> choices,
                                                 List<FieldProblem> problems) {
        if (!present(field, value, true, problems)) {
            return;
        }
        List<String> names = Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList();
        if (!names.contains(value)) {
            problems.add(FieldProblem.of(field, "one-of",
                    String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1)));
        }
    }

    public static boolean multiLine(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        if (!present(field, value, required, problems)) {
            return false;
        }
        if (!wellFormed(field, value, problems)) {
            return false;
        }
        if (value.codePoints().anyMatch(c -> isControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(FieldProblem.of(field, "no-control"));
            return false;
        }
        return withinLength(field, value, max, problems);
    }

    /**
     * An optional free-text reason or comment, as it will be stored: stripped, or null when blank.
     * Refused with 400 when it is too long or carries control characters.
     */
    public static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (!multiLine(field, clean, max, false, problems)) {
            throw new InvalidInputException(problems);
        }
        return clean;
    }

    /**
     * Adds a problem unless the value is a single-line URL of at most 500 characters with a host, over https (or
     * http too, unless {@code httpsOnly}); true when it is present and valid.
     */
    public static boolean url(String field, String value, boolean httpsOnly, boolean required,
                              List<FieldProblem> problems) {
        if (!singleLine(field, value, 500, required, problems)) {
            return false;
        }
        String scheme = null;
        String host = null;
        try {
            URI uri = new URI(value.strip());
            scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            host = uri.getHost();
        } catch (URISyntaxException e) {
            // reported below
        }
        boolean schemeOk = "https".equals(scheme) || (!httpsOnly && "http".equals(scheme));
        if (!schemeOk || host == null || host.isBlank()) {
            problems.add(FieldProblem.of(field, httpsOnly ? "https-url" : "url"));
            return false;
        }
        return true;
    }

    public static boolean isEmailAddress(String value) {
        return value != null && value.length() <= 320 && EMAIL.matcher(value).matches();
    }

    private static boolean present(String field, String value, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, "required"));
            }
            return false;
        }
        return true;
    }

    /** A lone surrogate (JSON lets one arrive as {@code \ud800}) is no character: it cannot be stored, sent or shown. */
    private static boolean wellFormed(String field, String value, List<FieldProblem> problems) {
        if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            problems.add(FieldProblem.of(field, "lone-surrogate"));
            return false;
        }
        return true;
    }

    private static boolean withinLength(String field, String value, int max, List<FieldProblem> problems) {
        if (value.codePointCount(0, value.length()) > max) {
            problems.add(FieldProblem.of(field, "max-length", max));
            return false;
        }
        return true;
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029;
    }
}
