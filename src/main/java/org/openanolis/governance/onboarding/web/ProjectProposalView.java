package org.openanolis.governance.onboarding.web;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.onboarding.ProjectProfile;
import org.openanolis.governance.onboarding.ProjectProposal;
import org.openanolis.governance.onboarding.ProjectProposalStatus;
import org.openanolis.governance.timeline.TimelineEntry;
import org.openanolis.governance.vote.VoteView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A project proposal as API.md shows it: the latest vote under {@code vote}, earlier ones under {@code previousVotes}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProjectProposalView(String id, String name, String summary, String description, String repositoryUrl,
                           String website, String license, String sponsorSig, List<String> maintainers,
                           String securityContact, String codeOfConductUrl, String originOrganization,
                           String proposer, ProjectProposalStatus status, Instant submittedAt, Instant updatedAt,
                           VoteView vote, List<VoteView> previousVotes, List<TimelineEntry> timeline) {

    static ProjectProposalView of(ProjectProposal p, CaseHistory history) {
        ProjectProfile profile = p.getDetails();
        return new ProjectProposalView(p.getId(), profile.name(), profile.summary(), profile.description(),
                profile.repositoryUrl(), profile.website(), profile.license(), profile.sponsorSig(),
                profile.maintainers(), profile.securityContact(), profile.codeOfConductUrl(),
                profile.originOrganization(), p.getProposer(), p.getStatus(), p.getSubmittedAt(), p.getUpdatedAt(),
                history.vote(), history.previousVotes(), history.timeline());
    }
}
