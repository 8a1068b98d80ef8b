package org.openanolis.governance.onboarding.web;

import java.security.Principal;

import org.openanolis.governance.cases.CaseFormPages;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.onboarding.Project;
import org.openanolis.governance.onboarding.ProjectDirectory;
import org.openanolis.governance.onboarding.ProjectStage;
import org.openanolis.governance.onboarding.ProjectStageChange;
import org.openanolis.governance.onboarding.ProjectStageChanges;
import org.openanolis.governance.onboarding.StageChangeForm;
import org.openanolis.governance.portal.FieldLabels;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import lombok.RequiredArgsConstructor;

/**
 * A maintainer's forms of a project's stage change: propose it from the project's page, and revise its evidence
 * when due diligence asks for changes. The service judges every value; these pages show its verdict by the fields.
 */
@PortalController
@RequiredArgsConstructor
class StageChangeForms {

    static final String FORM = "onboarding/stage-change-form";

    private final ProjectDirectory directory;
    private final ProjectStageChanges changes;
    private final CaseKind<ProjectStageChange> kind;
    private final CaseFormPages pages;
    private final FieldLabels labels;

    /** The project's next stage is the only one offered: a project moves one stage at a time. */
    @GetMapping("/projects/{name}/stage-changes/new")
    String newStageChange(@PathVariable String name, Principal principal, Model model) {
        Project project = directory.find(name)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.project.none", name)));
        if (!changes.mayPropose(project.name(), principal.getName())) {
            throw new ForbiddenException(
                    Languages.text("error.project.only-maintainer-while-next-stage", project.name()));
        }
        StageChangeInput input = new StageChangeInput();
        input.setProject(project.name());
        input.setTargetStage(project.status() == ProjectStage.SANDBOX ? ProjectStage.INCUBATING.name()
                : ProjectStage.GRADUATED.name());
        model.addAttribute("change", input);
        return proposing(model);
    }

    @PostMapping("/project-stage-changes")
    ModelAndView propose(@ModelAttribute("change") StageChangeInput input, BindingResult result, Principal principal,
                         Model model) {
        StageChangeForm form = input.toForm();
        return FormPosts.posted(() -> "/project-stage-changes/" + changes.submit(form, principal.getName()).getId(),
                problems -> FormProblems.reject(problems, result, problem -> labelled(problem, form)),
                () -> proposing(model));
    }

    @GetMapping("/project-stage-changes/{id}/revision")
    String revision(@PathVariable String id, Principal principal, Model model) {
        return revising(pages.fill(kind, id, principal, "change", StageChangeInput::of, model), model);
    }

    @PostMapping("/project-stage-changes/{id}/revision")
    ModelAndView revise(@PathVariable String id, @ModelAttribute("change") StageChangeInput input,
                        BindingResult result, Principal principal, Model model) {
        ProjectStageChange c = kind.find(id);
        StageChangeForm form = input.toForm();
        return FormPosts.posted(() -> "/project-stage-changes/" + changes.revise(id, form, principal.getName()).getId(),
                problems -> FormProblems.reject(problems, result, problem -> labelled(problem, form)),
                () -> revising(c, model));
    }

    private FieldProblem labelled(FieldProblem problem, StageChangeForm form) {
        return FormProblems.labelled(problem, field -> labels.of("project-stage-change", field),
                field -> form.adoptersOrEmpty());
    }

    private String proposing(Model model) {
        return pages.proposing(kind.type(), FORM, model);
    }

    private String revising(ProjectStageChange c, Model model) {
        return pages.revising(kind.type(), c, FORM, model);
    }
}
