package org.openanolis.governance.committee.web;

import org.openanolis.governance.cases.CaseApi;
import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.committee.CommitteeMembership;
import org.openanolis.governance.committee.CommitteeRemoval;
import org.openanolis.governance.committee.Removal;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Removals in the API: the shared verbs of every case; the committee's vote decides them. */
@RestController
@RequestMapping("/api/committee-removals")
class CommitteeRemovalController extends CaseApi<CommitteeRemoval, DecisionStatus, Removal, CommitteeRemovalView> {

    CommitteeRemovalController(CaseKind<CommitteeRemoval> kind, CaseApiParts parts, CommitteeMembership committee) {
        super(kind, parts, committee::proposeRemoval, CommitteeRemovalView::of);
    }
}
