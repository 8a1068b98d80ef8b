package org.openanolis.governance.onboarding;

import java.util.Set;

import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.vote.VoteCase;
import org.openanolis.governance.vote.VoteCases;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The project proposal as the committee vote sees it: the proposer and the maintainers are recused,
 * and so is every member of the originating organization.
 */
@Component
@RequiredArgsConstructor
class ProjectVoteCases implements VoteCases {

    private final ProjectProposalRepository proposals;

    @Override
    public String caseType() {
        return ProjectProposal.CASE_TYPE;
    }

    @Override
    public VoteCase describe(String caseId) {
        ProjectProposal p = proposals.find(caseId).orElseThrow(() -> new NotFoundException("No project proposal " + caseId));
        return new VoteCase(p.getName(), p.getProposer(), p.involvedPeople(), Set.of(p.getOriginOrganization()));
    }
}
