package org.openanolis.governance.onboarding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.FormVerdict;
import org.openanolis.governance.system.TextRules;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The evidence a stage change must bring (DOMAIN.md "Life after entry", Projects), checked as a whole so that every
 * problem is listed at once: the next stage and only it, adopters from at least 2 organizations (3 to graduate),
 * maintainers from as many, an https security policy, an https release for INCUBATING and an https security audit
 * for GRADUATED.
 */
@Component
@RequiredArgsConstructor
class StageChangeValidator {

    /** Each adopter is one line; a longer list is refused whole, unread. */
    private static final int MAX_ADOPTERS = 50;

    private final People people;
    private final ProjectStageChangeRepository changes;

    /**
     * @param project  the project as listed, null when the form names no project that is not archived
     * @param exceptId the case being revised, which does not clash with itself; null for a new one
     * @return the verdict, and when it is clean the proposal as the case keeps it
     */
    Checked check(StageChangeForm form, Project project, String exceptId) {
        List<FieldProblem> invalid = new ArrayList<>();
        if (TextRules.singleLine("project", form.project(), 40, true, invalid) && project == null) {
            invalid.add(FieldProblem.of("project", "not-live-project"));
        }
        ProjectStage target = target(form.targetStage(), project, invalid);
        List<String> adopters = adopters(form.adoptersOrEmpty(), target, invalid);
        if (project != null && target != null) {
            checkMaintainers(project, target, invalid);
        }
        TextRules.url("securityPolicyUrl", form.securityPolicyUrl(), true, true, invalid);
        TextRules.url("releaseUrl", form.releaseUrl(), true, target == ProjectStage.INCUBATING, invalid);
        TextRules.url("securityAuditUrl", form.securityAuditUrl(), true, target == ProjectStage.GRADUATED, invalid);
        if (!invalid.isEmpty()) {
            return new Checked(new FormVerdict(invalid, List.of()), null);
        }
        StageChangeProposal proposal = new StageChangeProposal(project.name(), target, adopters,
                form.securityPolicyUrl().strip(), optional(form.releaseUrl()), optional(form.securityAuditUrl()));
        List<FieldProblem> clashes = new ArrayList<>();
        if (changes.openCaseNamed(proposal.caseName(), exceptId)) {
            clashes.add(FieldProblem.of("project", "open-stage-change"));
        }
        return new Checked(new FormVerdict(invalid, clashes), proposal);
    }

    /** What a check found, and the clean proposal when it found nothing. */
    record Checked(FormVerdict verdict, StageChangeProposal proposal) {
    }

    /** The stage the project would move to: only the next one, since a project moves one stage at a time. */
    private static ProjectStage target(String typed, Project project, List<FieldProblem> invalid) {
        if (!TextRules.singleLine("targetStage", typed, 20, true, invalid)) {
            return null;
        }
        ProjectStage target = switch (typed) {
            case "INCUBATING" -> ProjectStage.INCUBATING;
            case "GRADUATED" -> ProjectStage.GRADUATED;
            default -> null;
        };
        if (target == null) {
            invalid.add(FieldProblem.of("targetStage", "target-stage"));
            return null;
        }
        if (project != null && project.status() != previous(target)) {
            invalid.add(FieldProblem.of("targetStage",
                    project.status() == ProjectStage.GRADUATED ? "next-stage-last" : "next-stage", project.status()));
            return null;
        }
        return target;
    }

    private static ProjectStage previous(ProjectStage target) {
        return target == ProjectStage.GRADUATED ? ProjectStage.INCUBATING : ProjectStage.SANDBOX;
    }

    /** How many organizations of adopters and of maintainers the stage asks for; 2 while the stage is unknown. */
    private static int organizationsFor(ProjectStage target) {
        return target == ProjectStage.GRADUATED ? 3 : 2;
    }

    /** The adopters as the case keeps them: stripped, each organization once (compared without regard to case). */
    private static List<String> adopters(List<String> typed, ProjectStage target, List<FieldProblem> invalid) {
        if (typed.size() > MAX_ADOPTERS) {
            invalid.add(FieldProblem.of("adopters", "at-most-organizations", MAX_ADOPTERS));
            return List.of();
        }
        List<String> adopters = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            String field = "adopters[" + i + "]";
            if (!TextRules.singleLine(field, typed.get(i), 200, true, invalid)) {
                continue;
            }
            String adopter = typed.get(i).strip();
            if (seen.add(adopter.toLowerCase(Locale.ROOT))) {
                adopters.add(adopter);
            } else {
                invalid.add(FieldProblem.of(field, "named-twice"));
            }
        }
        int needed = organizationsFor(target);
        if (seen.size() < needed) {
            invalid.add(target == null ? FieldProblem.of("adopters", "adopters", needed)
                    : FieldProblem.of("adopters", "adopters-for", needed, target));
        }
        return adopters;
    }

    /** The maintainers are the project's, so a shortfall is the project's: they cannot be typed here. */
    private void checkMaintainers(Project project, ProjectStage target, List<FieldProblem> invalid) {
        long organizations = people.all(project.maintainers()).stream().map(Person::organization)
                .filter(o -> o != null && !o.isBlank()).map(o -> o.strip().toLowerCase(Locale.ROOT)).distinct()
                .count();
        int needed = organizationsFor(target);
        if (organizations < needed) {
            invalid.add(FieldProblem.of("project", "maintainer-organizations", organizations, target, needed));
        }
    }

    private static String optional(String url) {
        return url == null || url.isBlank() ? null : url.strip();
    }
}
