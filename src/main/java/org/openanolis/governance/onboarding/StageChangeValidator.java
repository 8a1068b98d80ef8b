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
            invalid.add(new FieldProblem("project", "is not a project in the directory that is not archived"));
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
            clashes.add(new FieldProblem("project", "already has an open stage change"));
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
            invalid.add(new FieldProblem("targetStage", "must be INCUBATING or GRADUATED"));
            return null;
        }
        if (project != null && project.status() != previous(target)) {
            invalid.add(new FieldProblem("targetStage", "must be the project's next stage: it is " + project.status()
                    + (project.status() == ProjectStage.GRADUATED ? ", the last" : "")
                    + ", and a project moves one stage at a time"));
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
            invalid.add(new FieldProblem("adopters", "at most " + MAX_ADOPTERS + " organizations"));
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
                invalid.add(new FieldProblem(field, "is named twice"));
            }
        }
        int needed = organizationsFor(target);
        if (seen.size() < needed) {
            invalid.add(new FieldProblem("adopters", "must name at least " + needed + " organizations that use the "
                    + "project" + (target == null ? "" : " to become " + target)));
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
            invalid.add(new FieldProblem("project", "its maintainers come from " + organizations
                    + " organization" + (organizations == 1 ? "" : "s") + "; " + target + " needs maintainers from at least "
                    + needed));
        }
    }

    private static String optional(String url) {
        return url == null || url.isBlank() ? null : url.strip();
    }
}
