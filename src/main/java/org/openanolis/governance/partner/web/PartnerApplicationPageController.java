package org.openanolis.governance.partner.web;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CasePageParts;
import org.openanolis.governance.cases.CasePortal;
import org.openanolis.governance.partner.PartnerApplication;
import org.openanolis.governance.system.PortalController;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page of one partner application, its diagram and its withdrawal: the pages every case has. */
@PortalController
@RequestMapping("/partner-applications")
class PartnerApplicationPageController extends CasePortal<PartnerApplication> {

    PartnerApplicationPageController(CaseKind<PartnerApplication> kind, CasePageParts parts) {
        super(kind, parts, "case/partner-application", "partnerApplication");
    }
}
