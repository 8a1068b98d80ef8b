package org.openanolis.governance.committee;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseRecord;

/** A proposal to remove a member from the steering committee; the committee's vote moves it. */
public class CommitteeRemoval extends CaseRecord<MembershipStatus, Removal> {

    public CommitteeRemoval(CaseHeader<MembershipStatus> header, Removal removal) {
        super(CommitteeCaseTypes.REMOVAL, header, removal);
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("member", getDetails().member());
    }

    /** The chair closed the vote without a decision. */
    void expire(Instant at) {
        move(Set.of(MembershipStatus.VOTING, MembershipStatus.NO_QUORUM), MembershipStatus.EXPIRED, at);
    }
}
