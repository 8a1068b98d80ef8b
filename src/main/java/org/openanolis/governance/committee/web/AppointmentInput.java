package org.openanolis.governance.committee.web;

import org.openanolis.governance.committee.Appointment;

import lombok.Getter;
import lombok.Setter;

/** The appointment form's fields exactly as typed; the service judges them. */
@Getter
@Setter
public class AppointmentInput {

    private String person;
    private String reason;

    Appointment toDetails() {
        return new Appointment(person, reason);
    }
}
