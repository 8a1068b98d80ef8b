package org.openanolis.governance.sig.web;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CasePageParts;
import org.openanolis.governance.cases.CasePortal;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.system.PortalController;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page of one SIG proposal, its diagram and its withdrawal: the pages every case has. */
@PortalController
@RequestMapping("/sig-proposals")
class SigProposalPageController extends CasePortal<SigProposal> {

    SigProposalPageController(CaseKind<SigProposal> kind, CasePageParts parts) {
        super(kind, parts, "case/sig-proposal", "proposal");
    }

    /** The withdrawal page names the SIG as people know it, with its short name. */
    @Override
    protected String shownName(SigProposal p) {
        return p.getDetails().displayName() + " (" + p.getDetails().name() + ")";
    }
}
