package org.openanolis.governance.sig.web;

import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.RevisableCaseApi;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposalForm;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.sig.SigStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SIG proposals in the API: the shared verbs of every case, and the proposer's revision. */
@RestController
@RequestMapping("/api/sig-proposals")
class SigProposalController extends RevisableCaseApi<SigProposal, SigStatus, SigProposalForm, SigProposalView> {

    SigProposalController(CaseKind<SigProposal> kind, CaseApiParts parts, SigProposals proposals) {
        super(kind, parts, proposals, proposals, SigProposalView::of);
    }
}
