package org.openanolis.governance.sig.web;

import org.openanolis.governance.sig.RetirementProposal;

import lombok.Getter;
import lombok.Setter;

/** The retirement form exactly as typed; the service judges it. */
@Getter
@Setter
public class RetirementInput {

    private String sig;
    private String reason;
    private String successorSig;

    RetirementProposal toDetails() {
        return new RetirementProposal(sig, reason, successorSig);
    }
}
