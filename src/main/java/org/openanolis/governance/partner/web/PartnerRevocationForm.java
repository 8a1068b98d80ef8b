package org.openanolis.governance.partner.web;

import java.security.Principal;

import org.openanolis.governance.partner.Partner;
import org.openanolis.governance.partner.PartnerDirectory;
import org.openanolis.governance.system.CaseWords;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import lombok.RequiredArgsConstructor;

/**
 * The committee chair or community operations open a revocation of a listed partner in the portal: a reason,
 * then the committee's SUPER vote. The directory decides who may and when; refusals come back on the form.
 */
@PortalController
@RequiredArgsConstructor
class PartnerRevocationForm {

    private final PartnerDirectory directory;

    @GetMapping("/partners/{id}/revocation")
    String form(@PathVariable String id, Principal principal, Model model) {
        Partner partner = require(id);
        // Who before what, as the API decides: someone else learns only that it is not theirs to do.
        if (!directory.mayOpenRevocations(principal.getName())) {
            throw new ForbiddenException(Languages.text("error.partner.revocation-who"));
        }
        if (!partner.isRevocable()) {
            throw new ConflictException(Languages.text("error.partner.revocation-not-now",
                    CaseWords.status(partner.getStatus())));
        }
        model.addAttribute("partner", partner);
        model.addAttribute("reason", "");
        return "partner/revocation";
    }

    @PostMapping("/partners/{id}/revocation")
    String open(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Principal principal,
                Model model) {
        Partner partner = require(id);
        try {
            directory.requestRevocation(id, principal.getName(), reason);
        } catch (InvalidInputException e) {
            model.addAttribute("partner", partner);
            model.addAttribute("reason", reason);
            model.addAttribute("reasonErrors", e.problems().stream().map(FieldProblem::message).toList());
            return "partner/revocation";
        }
        return "redirect:/partners/" + id;
    }

    private Partner require(String id) {
        return directory.find(id).orElseThrow(() -> new NotFoundException(Languages.text("error.partner.none", id)));
    }
}
