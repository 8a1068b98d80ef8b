package org.openanolis.governance.onboarding;

import java.util.LinkedHashSet;
import java.util.Set;

import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.vote.VoteCase;
import org.openanolis.governance.vote.VoteCases;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The project proposal as the committee vote sees it: the proposer and the maintainers are recused, and so is every
 * member of the originating organization, of the proposer's own organization and of each maintainer's (DOMAIN.md):
 * the originating organization is what the proposer typed, so it alone would let a proposer name another and vote
 * through colleagues.
 */
@Component
@RequiredArgsConstructor
class ProjectVoteCases implements VoteCases {

    private final ProjectProposalRepository proposals;
    private final People people;

    @Override
    public String caseType() {
        return ProjectProposal.CASE_TYPE;
    }

    @Override
    public VoteCase describe(String caseId) {
        ProjectProposal p = proposals.find(caseId).orElseThrow(() -> new NotFoundException("No project proposal " + caseId));
        Set<String> organizations = new LinkedHashSet<>();
        organizations.add(p.getOriginOrganization());
        people.all(p.involvedPeople()).stream().map(Person::organization).filter(o -> o != null && !o.isBlank())
                .forEach(organizations::add);
        return new VoteCase(p.getName(), p.getProposer(), p.involvedPeople(), organizations);
    }
}
