package org.openanolis.governance.sig.web;

import org.openanolis.governance.cases.CaseApi;
import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.sig.LeadershipChange;
import org.openanolis.governance.sig.SigLeadership;
import org.openanolis.governance.sig.SigLeadershipChange;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SIG leadership changes in the API: the shared verbs of every case; the committee's vote decides them. */
@RestController
@RequestMapping("/api/sig-leadership-changes")
class SigLeadershipChangeController
        extends CaseApi<SigLeadershipChange, DecisionStatus, LeadershipChange, SigLeadershipChangeView> {

    SigLeadershipChangeController(CaseKind<SigLeadershipChange> kind, CaseApiParts parts, SigLeadership leadership) {
        super(kind, parts, leadership, SigLeadershipChangeView::of);
    }
}
