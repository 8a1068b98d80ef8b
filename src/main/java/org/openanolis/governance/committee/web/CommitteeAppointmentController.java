package org.openanolis.governance.committee.web;

import org.openanolis.governance.cases.CaseApi;
import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.committee.Appointment;
import org.openanolis.governance.committee.CommitteeAppointment;
import org.openanolis.governance.committee.CommitteeMembership;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Appointments in the API: the shared verbs of every case; the committee's vote decides them. */
@RestController
@RequestMapping("/api/committee-appointments")
class CommitteeAppointmentController extends CaseApi<CommitteeAppointment, DecisionStatus, Appointment, CommitteeAppointmentView> {

    CommitteeAppointmentController(CaseKind<CommitteeAppointment> kind, CaseApiParts parts, CommitteeMembership committee) {
        super(kind, parts, committee::proposeAppointment, CommitteeAppointmentView::of);
    }
}
