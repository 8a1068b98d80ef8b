package org.openanolis.governance.sig.web;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.sig.LeadershipChange;
import org.openanolis.governance.sig.SigLeadershipChange;
import org.openanolis.governance.timeline.TimelineEntry;
import org.openanolis.governance.vote.VoteView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A SIG leadership change as the API shows it: the latest vote under {@code vote}, earlier ones under {@code previousVotes}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SigLeadershipChangeView(String id, String sig, List<String> addChairs, List<String> removeChairs,
                               List<String> addTechLeads, List<String> removeTechLeads, String reason,
                               String proposer, DecisionStatus status, Instant submittedAt, Instant updatedAt,
                               VoteView vote, List<VoteView> previousVotes, List<TimelineEntry> timeline) {

    static SigLeadershipChangeView of(SigLeadershipChange c, CaseHistory history) {
        LeadershipChange change = c.getDetails();
        return new SigLeadershipChangeView(c.getId(), change.sig(), change.addChairs(), change.removeChairs(),
                change.addTechLeads(), change.removeTechLeads(), change.reason(), c.getProposer(), c.getStatus(),
                c.getSubmittedAt(), c.getUpdatedAt(), history.vote(), history.previousVotes(), history.timeline());
    }
}
