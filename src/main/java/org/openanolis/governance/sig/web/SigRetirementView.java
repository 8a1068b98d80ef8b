package org.openanolis.governance.sig.web;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.sig.SigRetirement;
import org.openanolis.governance.timeline.TimelineEntry;
import org.openanolis.governance.vote.VoteView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A SIG retirement as the API shows it: the vote once its comment period is over, earlier votes under {@code previousVotes}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SigRetirementView(String id, String sig, String reason, String successorSig, String proposer,
                         DecisionStatus status, Instant submittedAt, Instant updatedAt, VoteView vote,
                         List<VoteView> previousVotes, List<TimelineEntry> timeline) {

    static SigRetirementView of(SigRetirement c, CaseHistory history) {
        return new SigRetirementView(c.getId(), c.getDetails().sig(), c.getDetails().readableReason(),
                c.getDetails().successorSig(), c.getProposer(), c.getStatus(), c.getSubmittedAt(), c.getUpdatedAt(),
                history.vote(), history.previousVotes(), history.timeline());
    }
}
