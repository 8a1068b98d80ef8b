package org.openanolis.governance.partner.web;

import java.security.Principal;

import org.openanolis.governance.cases.CaseApi;
import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.partner.ApplicationStatus;
import org.openanolis.governance.partner.PartnerApplication;
import org.openanolis.governance.partner.PartnerApplications;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partner applications in the API: the shared verbs of every case, and the applicant's revision. */
@RestController
@RequestMapping("/api/partner-applications")
class PartnerApplicationController
        extends CaseApi<PartnerApplication, ApplicationStatus, PartnerApplicationRequest, PartnerApplicationView> {

    private final PartnerApplications applications;

    PartnerApplicationController(CaseKind<PartnerApplication> kind, CaseApiParts parts, PartnerApplications applications) {
        super(kind, parts);
        this.applications = applications;
    }

    @PutMapping("/{id}")
    PartnerApplicationView revise(@PathVariable String id, @RequestBody PartnerApplicationRequest request,
                                  Principal principal) {
        return view(applications.revise(id, request.toForm(), principal.getName()), principal);
    }

    @Override
    protected PartnerApplication submit(PartnerApplicationRequest request, String applicant) {
        return applications.submit(request.toForm(), applicant);
    }

    @Override
    protected Page<PartnerApplication> page(ApplicationStatus status, PageRequest page) {
        return applications.list(status, page);
    }

    @Override
    protected PartnerApplicationView view(PartnerApplication a, CaseHistory history) {
        return PartnerApplicationView.of(a, history);
    }
}
