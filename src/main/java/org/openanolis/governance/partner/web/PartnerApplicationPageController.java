package org.openanolis.governance.partner.web;

import java.security.Principal;

import org.openanolis.governance.partner.ApplicationStatus;
import org.openanolis.governance.partner.PartnerApplication;
import org.openanolis.governance.partner.PartnerApplications;
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

/** The page of one partner application, readable by everyone signed in, as the API's GET is (README "Access"). */
@PortalController
@RequiredArgsConstructor
class PartnerApplicationPageController {

    private final PartnerApplications applications;
    private final CasePages pages;
    private final CaseDiagrams diagrams;

    @GetMapping("/partner-applications/{id}")
    String page(@PathVariable String id, Principal principal, Model model) {
        PartnerApplication a = require(id);
        boolean applicant = a.getApplicant().equals(principal.getName());
        model.addAttribute("partnerApplication", a);
        model.addAttribute("activity",
                pages.activity(PartnerApplication.CASE_TYPE, id, a.getProcessInstanceId(), principal.getName()));
        model.addAttribute("canRevise", applicant && a.getStatus() == ApplicationStatus.CHANGES_REQUESTED);
        model.addAttribute("canWithdraw", applicant && a.getStatus().isOpen());
        return "case/partner-application";
    }

    /** What diagram.js draws. */
    @GetMapping(path = "/partner-applications/{id}/diagram", produces = "application/json")
    @ResponseBody
    CaseDiagram diagram(@PathVariable String id) {
        return diagrams.of(require(id).getProcessInstanceId())
                .orElseThrow(() -> new NotFoundException("No process for partner application " + id));
    }

    private PartnerApplication require(String id) {
        return applications.find(id)
                .orElseThrow(() -> new NotFoundException("There is no partner application " + id + "."));
    }
}
