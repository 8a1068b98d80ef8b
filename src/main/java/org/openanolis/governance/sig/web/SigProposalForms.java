package org.openanolis.governance.sig.web;

import java.security.Principal;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openanolis.governance.cases.CaseFormPages;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.portal.FieldLabels;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.sig.MeetingCadence;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposalForm;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.system.FieldProblem;
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
 * The proposer's forms of SIG creation: propose, and revise after changes were
 * requested (the withdrawal is every case's, CasePortal). The service
 * judges every value and decides who may act; these pages show its verdict next to the fields and keep
 * everything typed. The case's own page (GET /sig-proposals/{id}) is where each accepted form leads.
 */
@PortalController
@RequiredArgsConstructor
class SigProposalForms {

    static final String FORM = "sig/proposal-form";

    private final SigProposals proposals;
    private final FieldLabels labels;
    private final CaseKind<SigProposal> kind;
    private final CaseFormPages pages;

    @ModelAttribute("cadences")
    Map<String, String> cadences() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", "Choose how often the SIG meets");
        options.put(MeetingCadence.WEEKLY.name(), "Every week");
        options.put(MeetingCadence.BIWEEKLY.name(), "Every two weeks");
        options.put(MeetingCadence.TRIWEEKLY.name(), "Every three weeks");
        options.put(MeetingCadence.MONTHLY.name(), "Every month");
        return options;
    }

    /** The weekdays of a meeting schedule, "none" first: a proposal may leave the schedule to the chairs. */
    @ModelAttribute("weekdays")
    List<String> weekdays() {
        return Stream.concat(Stream.of(""), Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name)).toList();
    }

    @GetMapping("/sig-proposals/new")
    String newProposal(Model model) {
        model.addAttribute("proposal", new SigProposalInput());
        return proposing(model);
    }

    @PostMapping("/sig-proposals")
    ModelAndView submit(@ModelAttribute("proposal") SigProposalInput input, BindingResult result, Principal principal,
                        Model model) {
        SigProposalForm form = input.toForm();
        return FormPosts.posted(() -> "/sig-proposals/" + proposals.submit(form, principal.getName()).getId(),
                problems -> showOnForm(problems, form, result), () -> proposing(model));
    }

    @GetMapping("/sig-proposals/{id}/revision")
    String revision(@PathVariable String id, Principal principal, Model model) {
        return revising(pages.fill(kind, id, principal, "proposal", SigProposalInput::of, model), model);
    }

    @PostMapping("/sig-proposals/{id}/revision")
    ModelAndView revise(@PathVariable String id, @ModelAttribute("proposal") SigProposalInput input,
                        BindingResult result, Principal principal, Model model) {
        SigProposal p = kind.find(id);
        SigProposalForm form = input.toForm();
        return FormPosts.posted(() -> "/sig-proposals/" + proposals.revise(id, form, principal.getName()).getId(),
                problems -> showOnForm(problems, form, result), () -> revising(p, model));
    }

    private String proposing(Model model) {
        return pages.proposing(kind.type(), FORM, model);
    }

    private String revising(SigProposal p, Model model) {
        return pages.revising(kind.type(), p, FORM, model);
    }

    private void showOnForm(List<FieldProblem> problems, SigProposalForm form, BindingResult result) {
        FormProblems.reject(problems, result, problem -> FormProblems.labelled(problem,
                field -> labels.of("sig-proposal", field), list -> switch (list) {
            case "chairs" -> form.chairsOrEmpty();
            case "techLeads" -> form.techLeadsOrEmpty();
            default -> form.repositoriesOrEmpty();
        }));
    }
}
