package org.openanolis.governance.onboarding.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openanolis.governance.cases.CaseFormPages;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.onboarding.ProjectProposal;
import org.openanolis.governance.onboarding.ProjectProposalForm;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.openanolis.governance.people.People;
import org.openanolis.governance.portal.FieldLabels;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import lombok.RequiredArgsConstructor;

/**
 * The proposer's form of project onboarding: propose (the withdrawal is every case's, CasePortal). There is no revision: Process 2 has no
 * "changes requested" step (a proposal is endorsed, reviewed and voted on as submitted), and the API has no
 * PUT for it. The service judges every value; these pages show its verdict next to the fields.
 */
@PortalController
@RequiredArgsConstructor
class ProjectProposalForms {

    private final ProjectProposals proposals;
    private final FieldLabels labels;
    private final CaseKind<ProjectProposal> kind;
    private final CaseFormPages pages;
    private final SigDirectory sigs;
    private final People people;
    private final GovernanceProperties properties;

    @GetMapping("/project-proposals/new")
    String newProposal(Model model) {
        model.addAttribute("proposal", new ProjectProposalInput());
        return proposing(model, null);
    }

    @PostMapping("/project-proposals")
    ModelAndView submit(@ModelAttribute("proposal") ProjectProposalInput input, BindingResult result,
                        Principal principal, Model model) {
        ProjectProposalForm form = input.toForm();
        return FormPosts.posted(() -> "/project-proposals/" + proposals.submit(form, principal.getName()).getId(),
                problems -> FormProblems.reject(problems, result,
                        problem -> FormProblems.labelled(problem, field -> labels.of("project-proposal", field),
                                list -> form.maintainersOrEmpty())),
                () -> proposing(model, input.getSponsorSig()));
    }

    /** The form with its choices: the ACTIVE SIGs, and suggestions for the license and the organization. */
    private String proposing(Model model, String chosenSig) {
        Map<String, String> sponsors = new LinkedHashMap<>();
        sponsors.put("", "Choose the SIG that sponsors the project");
        sigs.displayNames().forEach((name, displayName) -> sponsors.put(name, displayName + " (" + name + ")"));
        // A SIG that is no longer ACTIVE (or a value not offered) stays chosen, so the error next to it makes sense.
        if (chosenSig != null && !chosenSig.isEmpty()) {
            sponsors.putIfAbsent(chosenSig, chosenSig);
        }
        model.addAttribute("sponsors", sponsors);
        model.addAttribute("licenses", properties.project().allowedLicenses());
        model.addAttribute("organizations", people.organizations());
        return pages.proposing(kind.type(), "onboarding/proposal-form", model);
    }

}
