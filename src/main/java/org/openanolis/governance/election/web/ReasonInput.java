package org.openanolis.governance.election.web;

import lombok.Getter;
import lombok.Setter;

/** A request for an exception to the voter roll: the reason, exactly as typed. */
@Getter
@Setter
public class ReasonInput {

    private String reason;
}
