package org.openanolis.governance.sig.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.sig.MeetingCadence;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposalForm;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.sig.SigStatus;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
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
 * The proposer's forms of SIG creation: propose, and revise after changes were
 * requested (the withdrawal is every case's, CasePortal). The service
 * judges every value and decides who may act; these pages show its verdict next to the fields and keep
 * everything typed. The case's own page (GET /sig-proposals/{id}) is where each accepted form leads.
 */
@PortalController
@RequiredArgsConstructor
class SigProposalForms {

    static final String FORM = "sig/proposal-form";

    /** The words each field goes by on the page, for its messages. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Short name"), Map.entry("displayName", "Display name"), Map.entry("mission", "Mission"),
            Map.entry("scopeIn", "In scope"), Map.entry("scopeOut", "Out of scope"), Map.entry("chairs", "Chairs"),
            Map.entry("techLeads", "Tech leads"), Map.entry("securityContact", "Security contact"),
            Map.entry("meetingCadence", "Meeting cadence"), Map.entry("mailingList", "Mailing list"),
            Map.entry("repositories", "Repositories"));

    private final SigProposals proposals;

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
        SigProposal p = revisable(id, principal);
        model.addAttribute("proposal", SigProposalInput.of(p));
        return revising(p, model);
    }

    @PostMapping("/sig-proposals/{id}/revision")
    ModelAndView revise(@PathVariable String id, @ModelAttribute("proposal") SigProposalInput input,
                        BindingResult result, Principal principal, Model model) {
        SigProposal p = require(id);
        SigProposalForm form = input.toForm();
        return FormPosts.posted(() -> "/sig-proposals/" + proposals.revise(id, form, principal.getName()).getId(),
                problems -> showOnForm(problems, form, result), () -> revising(p, model));
    }



    private String proposing(Model model) {
        model.addAttribute("heading", "Propose a SIG");
        model.addAttribute("action", "/sig-proposals");
        model.addAttribute("submitLabel", "Submit the proposal");
        return FORM;
    }

    private String revising(SigProposal p, Model model) {
        model.addAttribute("heading", "Revise the proposal " + p.getName());
        model.addAttribute("action", "/sig-proposals/" + p.getId() + "/revision");
        model.addAttribute("submitLabel", "Resubmit the proposal");
        model.addAttribute("caseUrl", "/sig-proposals/" + p.getId());
        return FORM;
    }


    private static void showOnForm(List<FieldProblem> problems, SigProposalForm form, BindingResult result) {
        FormProblems.reject(problems, result, problem -> FormProblems.labelled(problem, LABELS, list -> switch (list) {
            case "chairs" -> form.chairsOrEmpty();
            case "techLeads" -> form.techLeadsOrEmpty();
            default -> form.repositoriesOrEmpty();
        }));
    }

    /** The proposal, if its proposer asks while changes are requested; who is checked before the state, as in the API. */
    private SigProposal revisable(String id, Principal principal) {
        SigProposal p = require(id);
        if (!p.getProposer().equals(principal.getName())) {
            throw new ForbiddenException("Only the proposer may revise a proposal");
        }
        if (p.getStatus() != SigStatus.CHANGES_REQUESTED) {
            throw new ConflictException("A " + p.getStatus() + " proposal cannot be revised");
        }
        return p;
    }

    private SigProposal require(String id) {
        return proposals.find(id).orElseThrow(() -> new NotFoundException("No SIG proposal " + id));
    }
}
