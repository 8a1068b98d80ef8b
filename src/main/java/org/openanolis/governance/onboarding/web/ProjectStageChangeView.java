package org.openanolis.governance.onboarding.web;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.onboarding.ProjectStage;
import org.openanolis.governance.onboarding.ProjectStageChange;
import org.openanolis.governance.onboarding.StageChangeProposal;
import org.openanolis.governance.onboarding.StageChangeStatus;
import org.openanolis.governance.timeline.TimelineEntry;
import org.openanolis.governance.vote.VoteView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A project stage change as the API shows it: its evidence, the vote once its comment period is over. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProjectStageChangeView(String id, String project, ProjectStage targetStage, List<String> adopters,
                              String securityPolicyUrl, String releaseUrl, String securityAuditUrl, String proposer,
                              StageChangeStatus status, Instant submittedAt, Instant updatedAt, VoteView vote,
                              List<VoteView> previousVotes, List<TimelineEntry> timeline) {

    static ProjectStageChangeView of(ProjectStageChange c, CaseHistory history) {
        StageChangeProposal p = c.getDetails();
        return new ProjectStageChangeView(c.getId(), p.project(), p.targetStage(), p.adopters(), p.securityPolicyUrl(),
                p.releaseUrl(), p.securityAuditUrl(), c.getProposer(), c.getStatus(), c.getSubmittedAt(),
                c.getUpdatedAt(), history.vote(), history.previousVotes(), history.timeline());
    }
}
