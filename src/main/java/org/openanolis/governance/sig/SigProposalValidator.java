package org.openanolis.governance.sig;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.openanolis.governance.people.People;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.FormVerdict;
import org.openanolis.governance.system.TextRules;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Checks a whole proposal at once (DOMAIN.md, Process 1, step 1) and reports every invalid field,
 * so the proposer fixes everything in one round. Format problems and name clashes are kept apart:
 * a proposal whose only problem is a taken name is a conflict (409), not bad input (400).
 */
@Component
@RequiredArgsConstructor
class SigProposalValidator {

    private static final Pattern NAME = Pattern.compile("^sig-[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    private static final Set<String> RESERVED = Set.of("sig-steering", "sig-tc", "sig-board", "sig-all");
    private static final Pattern REPOSITORY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$");

    private final People people;
    private final SigDirectory directory;
    private final SigProposalRepository proposals;

    FormVerdict check(SigProposalForm form, String exceptProposalId) {
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> clashes = new ArrayList<>();
        checkName(form.name(), exceptProposalId, invalid, clashes);
        TextRules.singleLine("displayName", form.displayName(), 80, true, invalid);
        TextRules.multiLine("mission", form.mission(), 1000, true, invalid);
        TextRules.multiLine("scopeIn", form.scopeIn(), 4000, true, invalid);
        TextRules.multiLine("scopeOut", form.scopeOut(), 4000, false, invalid);
        checkUsers("chairs", form.chairs(), 2, 3, invalid);
        checkUsers("techLeads", form.techLeads(), 0, 3, invalid);
        if (TextRules.singleLine("securityContact", form.securityContact(), 100, true, invalid)
                && !people.exists(form.securityContact())) {
            invalid.add(FieldProblem.of("securityContact", "not-registered"));
        }
        TextRules.oneOf("meetingCadence", form.meetingCadence(), MeetingCadence.class, invalid);
        if (form.mailingList() != null && TextRules.singleLine("mailingList", form.mailingList(), 320, false, invalid)
                && !TextRules.isEmailAddress(form.mailingList())) {
            invalid.add(FieldProblem.of("mailingList", "email"));
        }
        checkRepositories(form.repositories(), invalid, clashes);
        checkMeetings(form, invalid);
        return new FormVerdict(invalid, clashes);
    }

    /** No schedule at all, or its weekday, time and time zone together; the URL stays optional. */
    private static void checkMeetings(SigProposalForm form, List<FieldProblem> invalid) {
        boolean given = form.hasMeetingSchedule();
        MeetingRules.weekday("meetingWeekday", form.meetingWeekday(), given, invalid);
        MeetingRules.time("meetingTime", form.meetingTime(), given, invalid);
        MeetingRules.timeZone("meetingTimeZone", form.meetingTimeZone(), given, invalid);
        MeetingRules.url("meetingUrl", form.meetingUrl(), false, invalid);
    }

    private void checkName(String name, String exceptId, List<FieldProblem> invalid, List<FieldProblem> clashes) {
        if (!TextRules.singleLine("name", name, 40, true, invalid)) {
            return;
        }
        if (name.length() < 6) {
            invalid.add(FieldProblem.of("name", "length", 6, 40));
        } else if (!NAME.matcher(name).matches()) {
            invalid.add(FieldProblem.of("name", "sig-name"));
        } else if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            invalid.add(FieldProblem.of("name", "reserved"));
        } else if (directory.contains(name)) {
            clashes.add(FieldProblem.of("name", directory.isLive(name) ? "active-sig-name"
                    : "retired-sig-name"));
        } else if (proposals.openCaseNamed(name, exceptId)) {
            clashes.add(FieldProblem.of("name", "taken-by-proposal"));
        }
    }

    private void checkUsers(String field, List<String> ids, int min, int max, List<FieldProblem> invalid) {
        List<String> list = ids == null ? List.of() : ids;
        if (list.size() < min || list.size() > max) {
            invalid.add(min == 0 ? FieldProblem.of(field, "at-most-people", max) : FieldProblem.of(field, "people", min, max));
            if (list.size() > max) {
                // Each entry would be looked up in the identity store: an over-long list is refused whole, unread.
                return;
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i);
            String f = field + "[" + i + "]";
            if (!TextRules.singleLine(f, id, 100, true, invalid)) {
                continue;
            }
            if (!seen.add(id)) {
                invalid.add(FieldProblem.of(f, "named-twice"));
            } else if (!people.exists(id)) {
                invalid.add(FieldProblem.of(f, "not-registered"));
            }
        }
    }

    private void checkRepositories(List<String> repositories, List<FieldProblem> invalid, List<FieldProblem> clashes) {
        if (repositories == null) {
            return;
        }
        if (repositories.size() > 50) {
            invalid.add(FieldProblem.of("repositories", "at-most-repositories", 50));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < repositories.size(); i++) {
            String repo = repositories.get(i);
            String f = "repositories[" + i + "]";
            if (!TextRules.singleLine(f, repo, 200, true, invalid)) {
                continue;
            }
            if (!REPOSITORY.matcher(repo).matches()) {
                invalid.add(FieldProblem.of(f, "repository-name"));
            } else if (!seen.add(repo.toLowerCase(Locale.ROOT))) {
                invalid.add(FieldProblem.of(f, "named-twice"));
            } else {
                directory.ownerOf(repo).ifPresent(owner -> clashes.add(FieldProblem.of(f, "owned-by", owner)));
            }
        }
    }
}
