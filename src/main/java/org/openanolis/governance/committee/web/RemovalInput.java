package org.openanolis.governance.committee.web;

import org.openanolis.governance.committee.Removal;

import lombok.Getter;
import lombok.Setter;

/** The removal form's fields exactly as typed; the service judges them. */
@Getter
@Setter
public class RemovalInput {

    private String member;
    private String reason;

    Removal toDetails() {
        return new Removal(member, reason);
    }
}
