package org.openanolis.governance.onboarding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.FormVerdict;
import org.openanolis.governance.system.TextRules;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Checks a whole project proposal at once (DOMAIN.md, Process 2, "Fields") and reports every invalid
 * field, so the proposer fixes everything in one round. A taken name is a conflict (409), kept apart
 * from format problems (400).
 */
@Component
@RequiredArgsConstructor
class ProjectProposalValidator {

    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]{1,38}[a-z0-9]$");
    /** An SPDX license identifier (not an expression): letters, digits, dots and hyphens, perhaps a trailing '+'. */
    private static final Pattern SPDX_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9.-]*\\+?$");
    private static final Pattern WORD = Pattern.compile("\\s+");
    private static final int MAX_MAINTAINERS = 20;

    private final People people;
    private final SigDirectory sigs;
    private final ProjectDirectory projects;
    private final ProjectProposalRepository proposals;

    /** @param proposer who proposes: a maintainer of an ARCHIVED project may apply again under its name */
    FormVerdict check(ProjectProposalForm form, String proposer) {
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> clashes = new ArrayList<>();
        checkName(form.name(), proposer, invalid, clashes);
        TextRules.singleLine("summary", form.summary(), 200, true, invalid);
        checkDescription(form.description(), invalid);
        TextRules.url("repositoryUrl", form.repositoryUrl(), true, true, invalid);
        TextRules.url("website", form.website(), false, true, invalid);
        if (TextRules.singleLine("license", form.license(), 64, true, invalid) && !SPDX_ID.matcher(form.license()).matches()) {
            invalid.add(FieldProblem.of("license", "spdx"));
        }
        if (TextRules.singleLine("sponsorSig", form.sponsorSig(), 40, true, invalid) && !sigs.isLive(form.sponsorSig())) {
            invalid.add(FieldProblem.of("sponsorSig", "not-active-sig"));
        }
        checkMaintainers(form.maintainers(), invalid);
        if (TextRules.singleLine("securityContact", form.securityContact(), 320, true, invalid)
                && !TextRules.isEmailAddress(form.securityContact())) {
            invalid.add(FieldProblem.of("securityContact", "email"));
        }
        TextRules.url("codeOfConductUrl", form.codeOfConductUrl(), false, true, invalid);
        if (TextRules.singleLine("originOrganization", form.originOrganization(), 200, true, invalid)
                && knownOrganization(form.originOrganization()).isEmpty()) {
            invalid.add(FieldProblem.of("originOrganization", "no-such-organization"));
        }
        return new FormVerdict(invalid, clashes);
    }

    /** The organization as the directory names it, matched without regard to case. */
    Optional<String> knownOrganization(String typed) {
        String wanted = typed.strip();
        return people.organizations().stream().filter(o -> o.equalsIgnoreCase(wanted)).findFirst();
    }

    private void checkName(String name, String proposer, List<FieldProblem> invalid, List<FieldProblem> clashes) {
        if (!TextRules.singleLine("name", name, 40, true, invalid)) {
            return;
        }
        if (!NAME.matcher(name).matches()) {
            invalid.add(FieldProblem.of("name", "project-name"));
        } else if (projects.contains(name)) {
            nameOfListedProject(projects.find(name).orElseThrow(), proposer, clashes);
        } else if (proposals.openCaseNamed(name, null)) {
            clashes.add(FieldProblem.of("name", "taken-by-proposal"));
        }
    }

    /** A listed project's name is taken, unless the project is ARCHIVED and one of its maintainers applies again. */
    private static void nameOfListedProject(Project project, String proposer, List<FieldProblem> clashes) {
        if (project.status() != ProjectStage.ARCHIVED) {
            clashes.add(FieldProblem.of("name", "accepted-project-name"));
        } else if (!project.maintainers().contains(proposer)) {
            clashes.add(FieldProblem.of("name", "archived-project-name"));
        }
    }

    private static void checkDescription(String description, List<FieldProblem> invalid) {
        if (!TextRules.multiLine("description", description, 4000, true, invalid)) {
            return;
        }
        int words = WORD.split(description.strip()).length;
        if (words < 100 || words > 300) {
            invalid.add(FieldProblem.of("description", "description-words", words));
        }
    }

    private void checkMaintainers(List<String> ids, List<FieldProblem> invalid) {
        List<String> list = ids == null ? List.of() : ids;
        if (list.size() < 2 || list.size() > MAX_MAINTAINERS) {
            invalid.add(FieldProblem.of("maintainers", "maintainer-count", MAX_MAINTAINERS));
            if (list.size() > MAX_MAINTAINERS) {
                // Each entry would be looked up in the identity store: an over-long list is refused whole, unread.
                return;
            }
        }
        Set<String> seen = new HashSet<>();
        Set<String> organizations = new HashSet<>();
        boolean allKnown = true;
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i);
            String f = "maintainers[" + i + "]";
            if (!TextRules.singleLine(f, id, 100, true, invalid)) {
                allKnown = false;
                continue;
            }
            Optional<Person> person = people.find(id);
            if (!seen.add(id)) {
                invalid.add(FieldProblem.of(f, "named-twice"));
            } else if (person.isEmpty()) {
                invalid.add(FieldProblem.of(f, "not-registered"));
                allKnown = false;
            } else if (person.get().organization() != null) {
                organizations.add(person.get().organization().strip().toLowerCase(Locale.ROOT));
            }
        }
        if (list.size() >= 2 && allKnown && organizations.size() < 2) {
            invalid.add(FieldProblem.of("maintainers", "maintainers-two-organizations"));
        }
    }
}
