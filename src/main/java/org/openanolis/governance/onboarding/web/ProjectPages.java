package org.openanolis.governance.onboarding.web;

import java.security.Principal;
import java.util.List;

import org.openanolis.governance.cases.CaseFormPages;
import org.openanolis.governance.onboarding.Project;
import org.openanolis.governance.onboarding.ProjectArchivings;
import org.openanolis.governance.onboarding.ProjectCaseType;
import org.openanolis.governance.onboarding.ProjectDirectory;
import org.openanolis.governance.onboarding.ProjectStageChanges;
import org.openanolis.governance.portal.FieldLabels;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.PortalController;
import org.openanolis.governance.timeline.Timeline;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import lombok.RequiredArgsConstructor;

/**
 * A project's page in the portal: its stage, sponsor and maintainers, its maturity log as a timeline and its
 * history (the answers to its yearly SANDBOX review), with "Propose the next stage" (its forms are
 * {@link StageChangeForms}) and "Propose archiving" for those who may, and the archiving form.
 */
@PortalController
@RequiredArgsConstructor
class ProjectPages {

    static final String ARCHIVING_FORM = "onboarding/archiving-form";

    private final ProjectDirectory directory;
    private final ProjectArchivings archivings;
    private final ProjectStageChanges stageChanges;
    private final CaseFormPages pages;
    private final FieldLabels labels;
    private final Timeline timeline;

    @GetMapping("/projects/{name}")
    String project(@PathVariable String name, Principal principal, Model model) {
        Project project = find(name);
        model.addAttribute("project", project);
        model.addAttribute("history", timeline.of(ProjectCaseType.PROJECT.key(), project.name()));
        model.addAttribute("canProposeArchiving", archivings.mayPropose(project.name(), principal.getName()));
        model.addAttribute("canProposeStageChange", stageChanges.mayPropose(project.name(), principal.getName()));
        return "onboarding/project";
    }

    @GetMapping("/projects/{name}/archivings/new")
    String newArchiving(@PathVariable String name, Principal principal, Model model) {
        Project project = find(name);
        archivings.requireProposer(project.name(), principal.getName());
        ArchivingInput input = new ArchivingInput();
        input.setProject(project.name());
        model.addAttribute("archiving", input);
        return proposing(model);
    }

    @PostMapping("/project-archivings")
    ModelAndView propose(@ModelAttribute("archiving") ArchivingInput input, BindingResult result,
                         Principal principal, Model model) {
        return FormPosts.posted(() -> "/project-archivings/"
                        + archivings.submit(input.toDetails(), principal.getName()).getId(),
                problems -> FormProblems.reject(problems, result, problem -> FormProblems.labelled(problem,
                        field -> labels.of("project-archiving", field), field -> List.of())),
                () -> proposing(model));
    }

    private String proposing(Model model) {
        return pages.proposing(ProjectCaseType.ARCHIVING, ARCHIVING_FORM, model);
    }

    private Project find(String name) {
        return directory.find(name)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.project.none", name)));
    }
}
