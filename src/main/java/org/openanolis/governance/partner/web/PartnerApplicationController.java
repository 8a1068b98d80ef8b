package org.openanolis.governance.partner.web;

import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.RevisableCaseApi;
import org.openanolis.governance.partner.ApplicationStatus;
import org.openanolis.governance.partner.PartnerApplication;
import org.openanolis.governance.partner.PartnerApplicationForm;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partner applications in the API: the shared verbs of every case, and the applicant's revision. */
@RestController
@RequestMapping("/api/partner-applications")
class PartnerApplicationController extends
        RevisableCaseApi<PartnerApplication, ApplicationStatus, PartnerApplicationForm, PartnerApplicationView> {

    PartnerApplicationController(CaseKind<PartnerApplication> kind, CaseApiParts parts,
                                 PartnerApplications applications) {
        super(kind, parts, applications, applications, PartnerApplicationView::of);
    }
}
