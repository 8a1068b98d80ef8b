package org.openanolis.governance.committee;

import org.openanolis.governance.cases.CaseDetails;
import org.springframework.context.MessageSourceResolvable;

/**
 * What a removal proposes: the member to remove and why. Also the body of POST /api/committee-removals, where
 * {@code memberName} is not read: the member's display name as it was when proposed, kept so that the case is named
 * after the person ("Removal of Dave Li (dave)") in every language.
 */
public record Removal(String member, String reason, String memberName) implements CaseDetails {

    public Removal(String member, String reason) {
        this(member, reason, null);
    }

    @Override
    public String caseName() {
        return "Removal of " + shownMember();
    }

    /** One open removal per member, whatever their name is now. */
    @Override
    public String caseKey() {
        return "Removal of " + member;
    }

    @Override
    public MessageSourceResolvable nameMessage() {
        return CaseDetails.name("names.committee-removal", caseName(), shownMember());
    }

    private String shownMember() {
        return memberName == null ? member : memberName;
    }
}
