package org.openanolis.governance.sig.web;

import org.openanolis.governance.cases.CaseApi;
import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.sig.RetirementProposal;
import org.openanolis.governance.sig.SigRetirement;
import org.openanolis.governance.sig.SigRetirements;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SIG retirements in the API: the shared verbs of every case, comments during the comment period among them. */
@RestController
@RequestMapping("/api/sig-retirements")
class SigRetirementController extends CaseApi<SigRetirement, DecisionStatus, RetirementProposal, SigRetirementView> {

    SigRetirementController(CaseKind<SigRetirement> kind, CaseApiParts parts, SigRetirements retirements) {
        super(kind, parts, retirements, SigRetirementView::of);
    }
}
