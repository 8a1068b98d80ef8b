package org.openanolis.governance.committee;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseRecord;
import org.openanolis.governance.cases.DecisionStatus;

/** A proposal to remove a member from the steering committee; the committee's vote moves it. */
public class CommitteeRemoval extends CaseRecord<DecisionStatus, Removal> {

    public CommitteeRemoval(CaseHeader<DecisionStatus> header, Removal removal) {
        super(CommitteeCaseTypes.REMOVAL, header, removal);
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("member", getDetails().member());
    }

    /** The chair closed the vote without a decision. */
    void expire(Instant at) {
        move(Set.of(DecisionStatus.VOTING, DecisionStatus.NO_QUORUM), DecisionStatus.EXPIRED, at);
    }
}
