package org.openanolis.governance.committee.web;

import java.security.Principal;
import java.util.List;

import org.openanolis.governance.cases.CaseFormPages;
import org.openanolis.governance.committee.CommitteeCaseTypes;
import org.openanolis.governance.committee.CommitteeMembership;
import org.openanolis.governance.portal.FieldLabels;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import lombok.RequiredArgsConstructor;

/**
 * The committee in the portal: its members and emeritus members, and the forms that propose a removal or an
 * appointment, each offered to those who may propose it. The service decides who may and judges every value;
 * these pages refuse a form to anyone who could not post it, show the verdict next to the fields and keep
 * everything typed.
 */
@PortalController
@RequiredArgsConstructor
class CommitteePages {

    static final String REMOVAL_FORM = "committee/removal-form";
    static final String APPOINTMENT_FORM = "committee/appointment-form";

    private final CommitteeMembership membership;
    private final CaseFormPages pages;
    private final FieldLabels labels;

    @GetMapping("/committee")
    String committee(Principal principal, Model model) {
        model.addAttribute("committee", membership.committee());
        model.addAttribute("canProposeRemoval", membership.mayProposeRemoval(principal.getName()));
        model.addAttribute("canProposeAppointment", membership.mayProposeAppointment(principal.getName()));
        return "committee/committee";
    }

    @GetMapping("/committee-removals/new")
    String newRemoval(Principal principal, Model model) {
        membership.requireRemovalProposer(principal.getName());
        model.addAttribute("removal", new RemovalInput());
        return proposingRemoval(model);
    }

    @PostMapping("/committee-removals")
    ModelAndView proposeRemoval(@ModelAttribute("removal") RemovalInput input, BindingResult result,
                                Principal principal, Model model) {
        return FormPosts.posted(() -> "/committee-removals/"
                        + membership.proposeRemoval(input.toDetails(), principal.getName()).getId(),
                problems -> showOnForm(problems, "committee-removal", result), () -> proposingRemoval(model));
    }

    @GetMapping("/committee-appointments/new")
    String newAppointment(Principal principal, Model model) {
        membership.requireAppointmentProposer(principal.getName());
        model.addAttribute("appointment", new AppointmentInput());
        return proposingAppointment(model);
    }

    @PostMapping("/committee-appointments")
    ModelAndView proposeAppointment(@ModelAttribute("appointment") AppointmentInput input, BindingResult result,
                                    Principal principal, Model model) {
        return FormPosts.posted(() -> "/committee-appointments/"
                        + membership.proposeAppointment(input.toDetails(), principal.getName()).getId(),
                problems -> showOnForm(problems, "committee-appointment", result), () -> proposingAppointment(model));
    }

    private String proposingRemoval(Model model) {
        return pages.proposing(CommitteeCaseTypes.REMOVAL, REMOVAL_FORM, model);
    }

    private String proposingAppointment(Model model) {
        return pages.proposing(CommitteeCaseTypes.APPOINTMENT, APPOINTMENT_FORM, model);
    }

    private void showOnForm(List<FieldProblem> problems, String form, BindingResult result) {
        FormProblems.reject(problems, result,
                problem -> FormProblems.labelled(problem, field -> labels.of(form, field), list -> List.of()));
    }
}
