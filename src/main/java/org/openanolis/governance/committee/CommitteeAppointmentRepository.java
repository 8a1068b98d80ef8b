package org.openanolis.governance.committee;

import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.cases.JdbcCaseStore;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommitteeAppointmentRepository extends JdbcCaseStore<CommitteeAppointment, DecisionStatus, Appointment> {

    CommitteeAppointmentRepository(JdbcClient jdbc, JsonLists json) {
        super(jdbc, json, "committee_appointment", "proposer", "title", DecisionStatus.class, Appointment.class,
                CommitteeAppointment::new);
    }
}
