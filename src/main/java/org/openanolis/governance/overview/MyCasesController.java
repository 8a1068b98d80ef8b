package org.openanolis.governance.overview;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.onboarding.ProjectCaseType;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.openanolis.governance.partner.PartnerApplications;
import org.openanolis.governance.partner.PartnerCaseTypes;
import org.openanolis.governance.sig.SigCaseType;
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
        sigProposals.proposedBy(me).forEach(p -> cases.add(
                row(SigCaseType.SIG_PROPOSAL, p.getId(), p.getName(), p.getStatus().name(), p.getUpdatedAt())));
        projectProposals.proposedBy(me).forEach(p -> cases.add(row(ProjectCaseType.PROJECT_PROPOSAL, p.getId(),
                p.getName(), p.getStatus().name(), p.getUpdatedAt())));
        partnerApplications.appliedBy(me).forEach(a -> cases.add(row(PartnerCaseTypes.PARTNER_APPLICATION, a.getId(),
                a.getCompany(), a.getStatus().name(), a.getUpdatedAt())));
        cases.sort(Comparator.comparing(MyCase::changedAt).reversed());
        model.addAttribute("cases", cases);
        return "portal/my-cases";
    }

    private static MyCase row(CaseType type, String id, String name, String status, Instant changedAt) {
        return new MyCase(type.label(), name, status, changedAt, type.pagePath(id));
    }
}
