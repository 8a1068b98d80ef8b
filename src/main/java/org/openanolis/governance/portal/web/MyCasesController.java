package org.openanolis.governance.portal.web;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.openanolis.governance.onboarding.ProjectProposals;
import org.openanolis.governance.partner.PartnerApplications;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import lombok.RequiredArgsConstructor;

/** "My cases": every case the signed-in person proposed or applied for, the most recently changed first. */
@PortalController
@RequiredArgsConstructor
class MyCasesController {

    private final SigProposals sigProposals;
    private final ProjectProposals projectProposals;
    private final PartnerApplications partnerApplications;

    /** One row of the list. */
    record MyCase(String kind, String name, String status, Instant changedAt, String href) {
    }

    @GetMapping("/my/cases")
    String myCases(Principal principal, Model model) {
        String me = principal.getName();
        List<MyCase> cases = new ArrayList<>();
        // Each kind read by its proposer in the database: the page's work grows with one person's cases only.
        sigProposals.proposedBy(me)
                .forEach(p -> cases.add(new MyCase("SIG proposal", p.getName(), p.getStatus().name(), p.getUpdatedAt(),
                        "/sig-proposals/" + p.getId())));
        projectProposals.proposedBy(me)
                .forEach(p -> cases.add(new MyCase("Project proposal", p.getName(), p.getStatus().name(),
                        p.getUpdatedAt(), "/project-proposals/" + p.getId())));
        partnerApplications.appliedBy(me)
                .forEach(a -> cases.add(new MyCase("Partner application", a.getCompany(), a.getStatus().name(),
                        a.getUpdatedAt(), "/partner-applications/" + a.getId())));
        cases.sort(Comparator.comparing(MyCase::changedAt).reversed());
        model.addAttribute("cases", cases);
        return "portal/my-cases";
    }
}
