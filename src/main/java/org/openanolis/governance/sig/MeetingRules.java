package org.openanolis.governance.sig;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.TextRules;

/**
 * The parts of a meeting schedule, checked alike at a SIG's proposal and when its chairs change it. Each check adds
 * its field's problem and answers the value it read, empty when absent or invalid.
 */
final class MeetingRules {

    private static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");
    /**
     * An IANA region id or UTC. Java also knows ids no calendar reads (the SystemV ones, and the ids a calendar
     * library registers for zones it parsed), which this keeps out.
     */
    private static final Pattern ZONE = Pattern.compile("^(UTC|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+){1,2})$");

    private MeetingRules() {
    }

    static Optional<DayOfWeek> weekday(String field, String value, boolean required, List<FieldProblem> problems) {
        if (!TextRules.singleLine(field, value, 9, required, problems)) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        Optional<DayOfWeek> day = Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equals(name)).findFirst();
        if (day.isEmpty()) {
            problems.add(FieldProblem.of(field, "weekday"));
        }
        return day;
    }

    static Optional<LocalTime> time(String field, String value, boolean required, List<FieldProblem> problems) {
        if (!TextRules.singleLine(field, value, 5, required, problems)) {
            return Optional.empty();
        }
        if (!TIME.matcher(value).matches()) {
            problems.add(FieldProblem.of(field, "time-of-day"));
            return Optional.empty();
        }
        return Optional.of(LocalTime.parse(value));
    }

    static Optional<ZoneId> timeZone(String field, String value, boolean required, List<FieldProblem> problems) {
        if (!TextRules.singleLine(field, value, 64, required, problems)) {
            return Optional.empty();
        }
        if (!ZONE.matcher(value).matches() || value.startsWith("SystemV/")
                || !ZoneId.getAvailableZoneIds().contains(value)) {
            problems.add(FieldProblem.of(field, "time-zone"));
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(value));
    }

    static Optional<String> url(String field, String value, boolean required, List<FieldProblem> problems) {
        return TextRules.url(field, value, false, required, problems) ? Optional.of(value.strip()) : Optional.empty();
    }
}
