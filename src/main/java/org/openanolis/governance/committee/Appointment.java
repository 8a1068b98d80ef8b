package org.openanolis.governance.committee;

import org.openanolis.governance.cases.CaseDetails;
import org.springframework.context.MessageSourceResolvable;

/**
 * What an appointment proposes: the person for the vacancy and why. Also the body of POST
 * /api/committee-appointments, where {@code personName} is not read: the person's display name as it was when
 * proposed, kept so that the case is named after the person in every language.
 */
public record Appointment(String person, String reason, String personName) implements CaseDetails {

    public Appointment(String person, String reason) {
        this(person, reason, null);
    }

    @Override
    public String caseName() {
        return "Appointment of " + shownPerson();
    }

    /** One open appointment per person, whatever their name is now. */
    @Override
    public String caseKey() {
        return "Appointment of " + person;
    }

    @Override
    public MessageSourceResolvable nameMessage() {
        return CaseDetails.name("names.committee-appointment", caseName(), shownPerson());
    }

    private String shownPerson() {
        return personName == null ? person : personName;
    }
}
