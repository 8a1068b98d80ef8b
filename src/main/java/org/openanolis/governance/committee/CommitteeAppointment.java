package org.openanolis.governance.committee;

import java.util.Map;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.cases.VotedCase;

/** A proposal to appoint a person to a vacancy of the steering committee; the committee's vote moves it. */
public class CommitteeAppointment extends VotedCase<Appointment> {

    public CommitteeAppointment(CaseHeader<DecisionStatus> header, Appointment appointment) {
        super(CommitteeCaseTypes.APPOINTMENT, header, appointment);
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("person", getDetails().person());
    }
}
