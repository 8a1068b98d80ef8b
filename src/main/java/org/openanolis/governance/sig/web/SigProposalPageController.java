package org.openanolis.governance.sig.web;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CasePortal;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.portal.CaseDiagrams;
import org.openanolis.governance.portal.CasePages;
import org.openanolis.governance.system.PortalController;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page of one SIG proposal, its diagram and its withdrawal: the pages every case has. */
@PortalController
@RequestMapping("/sig-proposals")
class SigProposalPageController extends CasePortal<SigProposal> {

    SigProposalPageController(CaseKind<SigProposal> kind, CaseLifecycle lifecycle, CasePages pages, CaseDiagrams diagrams) {
        super(kind, lifecycle, pages, diagrams);
    }

    @Override
    protected String template() {
        return "case/sig-proposal";
    }

    @Override
    protected String attribute() {
        return "proposal";
    }

    /** The withdrawal page names the SIG as people know it, with its short name. */
    @Override
    protected String shownName(SigProposal p) {
        return p.getDisplayName() + " (" + p.getName() + ")";
    }
}
