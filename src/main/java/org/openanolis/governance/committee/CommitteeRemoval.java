package org.openanolis.governance.committee;

import java.util.Map;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.cases.VotedCase;

/** A proposal to remove a member from the steering committee; the committee's vote moves it. */
public class CommitteeRemoval extends VotedCase<Removal> {

    public CommitteeRemoval(CaseHeader<DecisionStatus> header, Removal removal) {
        super(CommitteeCaseTypes.REMOVAL, header, removal);
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("member", getDetails().member());
    }
}
