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
            invalid.add(new FieldProblem("securityContact", "is not a registered user"));
        }
        TextRules.oneOf("meetingCadence", form.meetingCadence(), MeetingCadence.class, invalid);
        if (form.mailingList() != null && TextRules.singleLine("mailingList", form.mailingList(), 320, false, invalid)
                && !TextRules.isEmailAddress(form.mailingList())) {
            invalid.add(new FieldProblem("mailingList", "must be an e-mail address"));
        }
        checkRepositories(form.repositories(), invalid, clashes);
        return new FormVerdict(invalid, clashes);
    }

    private void checkName(String name, String exceptId, List<FieldProblem> invalid, List<FieldProblem> clashes) {
        if (!TextRules.singleLine("name", name, 40, true, invalid)) {
            return;
        }
        if (name.length() < 6) {
            invalid.add(new FieldProblem("name", "must be 6 to 40 characters"));
        } else if (!NAME.matcher(name).matches()) {
            invalid.add(new FieldProblem("name", "must look like sig-example: lower-case letters, digits and single hyphens after 'sig-'"));
        } else if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            invalid.add(new FieldProblem("name", "is reserved"));
        } else if (directory.contains(name)) {
            clashes.add(new FieldProblem("name", directory.isLive(name) ? "is the name of an ACTIVE SIG"
                    : "is the name of a retired SIG, which stays taken"));
        } else if (proposals.openCaseNamed(name, exceptId)) {
            clashes.add(new FieldProblem("name", "is taken by another open proposal"));
        }
    }

    private void checkUsers(String field, List<String> ids, int min, int max, List<FieldProblem> invalid) {
        List<String> list = ids == null ? List.of() : ids;
        if (list.size() < min || list.size() > max) {
            invalid.add(new FieldProblem(field, min == 0 ? "at most " + max + " people" : min + " to " + max + " people"));
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
                invalid.add(new FieldProblem(f, "is named twice"));
            } else if (!people.exists(id)) {
                invalid.add(new FieldProblem(f, "is not a registered user"));
            }
        }
    }

    private void checkRepositories(List<String> repositories, List<FieldProblem> invalid, List<FieldProblem> clashes) {
        if (repositories == null) {
            return;
        }
        if (repositories.size() > 50) {
            invalid.add(new FieldProblem("repositories", "at most 50 repositories"));
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
                invalid.add(new FieldProblem(f, "must be a repository name such as kernel-tools or org/kernel-tools"));
            } else if (!seen.add(repo.toLowerCase(Locale.ROOT))) {
                invalid.add(new FieldProblem(f, "is named twice"));
            } else {
                directory.ownerOf(repo).ifPresent(owner -> clashes.add(new FieldProblem(f, "is owned by " + owner)));
            }
        }
    }
}
