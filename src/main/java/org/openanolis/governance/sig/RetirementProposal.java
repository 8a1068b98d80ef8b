package org.openanolis.governance.sig;

import org.openanolis.governance.cases.CaseDetails;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.context.MessageSourceResolvable;

/**
 * What a retirement proposes: the SIG to retire, why, and optionally the ACTIVE SIG that takes over its
 * repositories and sponsored projects. Also the body of POST /api/sig-retirements.
 */
public record RetirementProposal(String sig, String reason, String successorSig) implements CaseDetails {

    @Override
    public String caseName() {
        return sig + " retirement";
    }

    /** The reason as the reader of this request reads it: the health rule's own is a message in their language. */
    public String readableReason() {
        return TimelineComment.render(reason);
    }

    @Override
    public MessageSourceResolvable nameMessage() {
        return CaseDetails.name("names.sig-retirement", caseName(), sig);
    }
}
