package org.openanolis.governance.election.web;

import org.openanolis.governance.election.NominationForm;

import lombok.Getter;
import lombok.Setter;

/** The nomination form's fields exactly as typed; the service judges them. */
@Getter
@Setter
public class NominationInput {

    private String candidate;
    private String statement;

    NominationForm toForm() {
        return new NominationForm(candidate, statement);
    }
}
