package org.openanolis.governance.sig;

import java.util.Set;

import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.vote.VoteCase;
import org.openanolis.governance.vote.VoteCases;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The SIG proposal as the committee vote sees it: the proposer and the proposed chairs and tech
 * leads are recused.
 */
@Component
@RequiredArgsConstructor
class SigVoteCases implements VoteCases {

    private final SigProposalRepository proposals;

    @Override
    public String caseType() {
        return SigProposal.CASE_TYPE;
    }

    @Override
    public VoteCase describe(String caseId) {
        SigProposal p = proposals.find(caseId).orElseThrow(() -> new NotFoundException("No SIG proposal " + caseId));
        return new VoteCase(p.getName(), p.getProposer(), p.involvedPeople(), Set.of());
    }
}
