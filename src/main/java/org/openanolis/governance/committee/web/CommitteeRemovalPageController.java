package org.openanolis.governance.committee.web;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CasePageParts;
import org.openanolis.governance.cases.CasePortal;
import org.openanolis.governance.committee.CommitteeRemoval;
import org.openanolis.governance.system.PortalController;
import org.springframework.web.bind.annotation.RequestMapping;

/** A committee removal's page, its diagram and withdrawal: the pages every case has. */
@PortalController
@RequestMapping("/committee-removals")
class CommitteeRemovalPageController extends CasePortal<CommitteeRemoval> {

    CommitteeRemovalPageController(CaseKind<CommitteeRemoval> kind, CasePageParts parts) {
        super(kind, parts, "case/committee-removal", "removal");
    }
}
