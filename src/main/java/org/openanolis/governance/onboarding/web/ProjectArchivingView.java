package org.openanolis.governance.onboarding.web;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.onboarding.ProjectArchiving;
import org.openanolis.governance.timeline.TimelineEntry;
import org.openanolis.governance.vote.VoteView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A project archiving as the API shows it: the vote once its comment period is over, earlier votes under {@code previousVotes}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProjectArchivingView(String id, String project, String reason, String proposer, DecisionStatus status,
                            Instant submittedAt, Instant updatedAt, VoteView vote, List<VoteView> previousVotes,
                            List<TimelineEntry> timeline) {

    static ProjectArchivingView of(ProjectArchiving c, CaseHistory history) {
        return new ProjectArchivingView(c.getId(), c.getDetails().project(), c.getDetails().reason(),
                c.getProposer(), c.getStatus(), c.getSubmittedAt(), c.getUpdatedAt(), history.vote(),
                history.previousVotes(), history.timeline());
    }
}
