package org.openanolis.governance.committee;

import org.openanolis.governance.cases.CaseDetails;
import org.springframework.context.MessageSourceResolvable;

/** What a removal proposes: the member to remove and why. Also the body of POST /api/committee-removals. */
public record Removal(String member, String reason) implements CaseDetails {

    @Override
    public String caseName() {
        return "Removal of " + member;
    }

    @Override
    public MessageSourceResolvable nameMessage() {
        return CaseDetails.name("names.committee-removal", caseName(), member);
    }
}
