package org.openanolis.governance.election;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.TextRules;

/** Checks an officer's {@link ElectionForm}, listing every problem; answers the call and schedule it makes. */
final class ElectionFormValidator {

    static final int MAX_SEATS = 50;
    /** A clock a little behind the officer's is no reason to refuse "now". */
    private static final Duration SKEW = Duration.ofMinutes(5);

    record Checked(ElectionCall call, ElectionSchedule schedule) {
    }

    private ElectionFormValidator() {
    }

    static Checked check(ElectionForm form, int defaultCap, Duration term, Instant now, List<FieldProblem> problems) {
        TextRules.singleLine("title", form.title(), 200, true, problems);
        wholeNumber("seats", form.seats(), true, problems);
        wholeNumber("maxPerOrganization", form.maxPerOrganization(), false, problems);
        Instant nominationOpens = instant("nominationOpens", form.nominationOpens(), problems);
        Instant votingOpens = instant("votingOpens", form.votingOpens(), problems);
        Instant votingCloses = instant("votingCloses", form.votingCloses(), problems);
        Instant termStarts = instant("termStarts", form.termStarts(), problems);
        if (nominationOpens != null && nominationOpens.isBefore(now.minus(SKEW))) {
            problems.add(FieldProblem.of("nominationOpens", "not-past"));
        }
        after("votingOpens", votingOpens, "nominationOpens", nominationOpens, problems);
        after("votingCloses", votingCloses, "votingOpens", votingOpens, problems);
        if (termStarts != null && votingCloses != null && termStarts.isBefore(votingCloses)) {
            problems.add(FieldProblem.of("termStarts", "not-before", "votingCloses"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        int cap = form.maxPerOrganization() == null ? defaultCap : form.maxPerOrganization();
        return new Checked(new ElectionCall(form.title().strip(), form.seats(), cap, term.toString()),
                new ElectionSchedule(nominationOpens, votingOpens, votingCloses, termStarts, List.of()));
    }

    private static void wholeNumber(String field, Integer value, boolean required, List<FieldProblem> problems) {
        if (value == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "required"));
            }
        } else if (value < 1 || value > MAX_SEATS) {
            problems.add(FieldProblem.of(field, "whole-number", MAX_SEATS));
        }
    }

    private static Instant instant(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "required"));
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "date-time"));
            return null;
        }
    }

    private static void after(String field, Instant value, String earlierField, Instant earlier,
                              List<FieldProblem> problems) {
        if (value != null && earlier != null && !value.isAfter(earlier)) {
            problems.add(FieldProblem.of(field, "after", earlierField));
        }
    }

}
