package org.openanolis.governance.partner.web;

import java.security.Principal;

import org.openanolis.governance.partner.Partner;
import org.openanolis.governance.partner.PartnerDirectory;
import org.openanolis.governance.portal.CaseDiagram;
import org.openanolis.governance.portal.CaseDiagrams;
import org.openanolis.governance.portal.CasePages;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import lombok.RequiredArgsConstructor;

/**
 * The page of a partner in the directory: its certificate and, once one was opened, its revocation and the
 * revocation's SUPER vote. Its votes and timeline are kept under the partner's own id.
 */
@PortalController
@RequiredArgsConstructor
class PartnerPageController {

    private final PartnerDirectory directory;
    private final CasePages pages;
    private final CaseDiagrams diagrams;

    @GetMapping("/partners/{id}")
    String page(@PathVariable String id, Principal principal, Model model) {
        Partner p = require(id);
        model.addAttribute("partner", p);
        model.addAttribute("mayRevoke", directory.mayRequestRevocation(p, principal.getName()));
        model.addAttribute("activity", pages.activity(Partner.CASE_TYPE, id, processOf(p), principal.getName()));
        return "case/partner";
    }

    /** What diagram.js draws. */
    @GetMapping(path = "/partners/{id}/diagram", produces = "application/json")
    @ResponseBody
    CaseDiagram diagram(@PathVariable String id) {
        return diagrams.of(processOf(require(id)))
                .orElseThrow(() -> new NotFoundException(Languages.text("error.partner.no-process", id)));
    }

    /** A revocation, once opened, is what decides the partner's fate; until then its certificate's term does. */
    private static String processOf(Partner p) {
        return p.getRevocationProcessId() != null ? p.getRevocationProcessId() : p.getCertificateProcessId();
    }

    private Partner require(String id) {
        return directory.find(id)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.partner.none-here", id)));
    }
}
