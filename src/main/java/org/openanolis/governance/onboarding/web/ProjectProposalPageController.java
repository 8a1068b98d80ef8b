package org.openanolis.governance.onboarding.web;

import java.security.Principal;

import org.openanolis.governance.onboarding.ProjectProposal;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.openanolis.governance.portal.CaseDiagram;
import org.openanolis.governance.portal.CaseDiagrams;
import org.openanolis.governance.portal.CasePages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import lombok.RequiredArgsConstructor;

/**
 * The page of one project proposal, readable by everyone signed in, as the API's GET is (README "Access").
 * Process 2 has no revision loop, so the proposer's only action here is to withdraw.
 */
@PortalController
@RequiredArgsConstructor
class ProjectProposalPageController {

    private final ProjectProposals proposals;
    private final CasePages pages;
    private final CaseDiagrams diagrams;

    @GetMapping("/project-proposals/{id}")
    String page(@PathVariable String id, Principal principal, Model model) {
        ProjectProposal p = require(id);
        model.addAttribute("proposal", p);
        model.addAttribute("activity",
                pages.activity(ProjectProposal.CASE_TYPE, id, p.getProcessInstanceId(), principal.getName()));
        model.addAttribute("canWithdraw", p.getProposer().equals(principal.getName()) && p.getStatus().isOpen());
        return "case/project-proposal";
    }

    /** What diagram.js draws. */
    @GetMapping(path = "/project-proposals/{id}/diagram", produces = "application/json")
    @ResponseBody
    CaseDiagram diagram(@PathVariable String id) {
        return diagrams.of(require(id).getProcessInstanceId())
                .orElseThrow(() -> new NotFoundException("No process for project proposal " + id));
    }

    private ProjectProposal require(String id) {
        return proposals.find(id).orElseThrow(() -> new NotFoundException("There is no project proposal " + id + "."));
    }
}
