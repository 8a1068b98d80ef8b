package org.openanolis.governance.sig.web;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CasePageParts;
import org.openanolis.governance.cases.CasePortal;
import org.openanolis.governance.sig.SigLeadershipChange;
import org.openanolis.governance.system.PortalController;
import org.springframework.web.bind.annotation.RequestMapping;

/** A SIG leadership change's page, its diagram and withdrawal: the pages every case has. */
@PortalController
@RequestMapping("/sig-leadership-changes")
class SigLeadershipChangePageController extends CasePortal<SigLeadershipChange> {

    SigLeadershipChangePageController(CaseKind<SigLeadershipChange> kind, CasePageParts parts) {
        super(kind, parts, "case/sig-leadership-change", "change");
    }
}
