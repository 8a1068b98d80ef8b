package org.openanolis.governance.sig.web;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CasePageParts;
import org.openanolis.governance.cases.CasePortal;
import org.openanolis.governance.sig.SigRetirement;
import org.openanolis.governance.system.PortalController;
import org.springframework.web.bind.annotation.RequestMapping;

/** A SIG retirement's page, its diagram, withdrawal and comment form: the pages every case has. */
@PortalController
@RequestMapping("/sig-retirements")
class SigRetirementPageController extends CasePortal<SigRetirement> {

    SigRetirementPageController(CaseKind<SigRetirement> kind, CasePageParts parts) {
        super(kind, parts, "case/sig-retirement", "retirement");
    }
}
