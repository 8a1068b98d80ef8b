package org.openanolis.governance.sig.web;

import java.security.Principal;

import org.openanolis.governance.portal.CaseDiagram;
import org.openanolis.governance.portal.CaseDiagrams;
import org.openanolis.governance.portal.CasePages;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.sig.SigStatus;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import lombok.RequiredArgsConstructor;

/** The page of one SIG proposal, readable by everyone signed in, as the API's GET is (README "Access"). */
@PortalController
@RequiredArgsConstructor
class SigProposalPageController {

    private final SigProposals proposals;
    private final CasePages pages;
    private final CaseDiagrams diagrams;

    @GetMapping("/sig-proposals/{id}")
    String page(@PathVariable String id, Principal principal, Model model) {
        SigProposal p = require(id);
        boolean proposer = p.getProposer().equals(principal.getName());
        model.addAttribute("proposal", p);
        model.addAttribute("activity", pages.activity(SigProposal.CASE_TYPE, id, p.getProcessInstanceId(), principal.getName()));
        model.addAttribute("canRevise", proposer && p.getStatus() == SigStatus.CHANGES_REQUESTED);
        model.addAttribute("canWithdraw", proposer && p.getStatus().isOpen());
        return "case/sig-proposal";
    }

    /** What diagram.js draws. */
    @GetMapping(path = "/sig-proposals/{id}/diagram", produces = "application/json")
    @ResponseBody
    CaseDiagram diagram(@PathVariable String id) {
        return diagrams.of(require(id).getProcessInstanceId())
                .orElseThrow(() -> new NotFoundException("No process for SIG proposal " + id));
    }

    private SigProposal require(String id) {
        return proposals.find(id).orElseThrow(() -> new NotFoundException("There is no SIG proposal " + id + "."));
    }
}
