package org.openanolis.governance.committee.web;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CasePageParts;
import org.openanolis.governance.cases.CasePortal;
import org.openanolis.governance.committee.CommitteeAppointment;
import org.openanolis.governance.system.PortalController;
import org.springframework.web.bind.annotation.RequestMapping;

/** A committee appointment's page, its diagram and withdrawal: the pages every case has. */
@PortalController
@RequestMapping("/committee-appointments")
class CommitteeAppointmentPageController extends CasePortal<CommitteeAppointment> {

    CommitteeAppointmentPageController(CaseKind<CommitteeAppointment> kind, CasePageParts parts) {
        super(kind, parts, "case/committee-appointment", "appointment");
    }
}
