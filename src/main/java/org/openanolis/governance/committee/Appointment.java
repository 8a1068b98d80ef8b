package org.openanolis.governance.committee;

import org.openanolis.governance.cases.CaseDetails;
import org.springframework.context.MessageSourceResolvable;

/** What an appointment proposes: the person for the vacancy and why. Also the body of POST /api/committee-appointments. */
public record Appointment(String person, String reason) implements CaseDetails {

    @Override
    public String caseName() {
        return "Appointment of " + person;
    }

    @Override
    public MessageSourceResolvable nameMessage() {
        return CaseDetails.name("names.committee-appointment", caseName(), person);
    }
}
