package org.openanolis.governance.committee.web;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.committee.CommitteeRemoval;
import org.openanolis.governance.timeline.TimelineEntry;
import org.openanolis.governance.vote.VoteView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A committee removal as the API shows it: the latest vote under {@code vote}, earlier ones under {@code previousVotes}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommitteeRemovalView(String id, String member, String reason, String proposer, DecisionStatus status,
                Instant submittedAt, Instant updatedAt, VoteView vote, List<VoteView> previousVotes,
                List<TimelineEntry> timeline) {

    static CommitteeRemovalView of(CommitteeRemoval c, CaseHistory history) {
        return new CommitteeRemovalView(c.getId(), c.getDetails().member(), c.getDetails().reason(), c.getProposer(),
                c.getStatus(), c.getSubmittedAt(), c.getUpdatedAt(), history.vote(), history.previousVotes(),
                history.timeline());
    }
}
