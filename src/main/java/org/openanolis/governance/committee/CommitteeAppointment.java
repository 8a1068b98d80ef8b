package org.openanolis.governance.committee;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseRecord;
import org.openanolis.governance.cases.DecisionStatus;

/** A proposal to appoint a person to a vacancy of the steering committee; the committee's vote moves it. */
public class CommitteeAppointment extends CaseRecord<DecisionStatus, Appointment> {

    public CommitteeAppointment(CaseHeader<DecisionStatus> header, Appointment appointment) {
        super(CommitteeCaseTypes.APPOINTMENT, header, appointment);
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("person", getDetails().person());
    }

    /** The chair closed the vote without a decision. */
    void expire(Instant at) {
        move(Set.of(DecisionStatus.VOTING, DecisionStatus.NO_QUORUM), DecisionStatus.EXPIRED, at);
    }
}
