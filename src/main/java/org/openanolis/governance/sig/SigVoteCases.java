package org.openanolis.governance.sig;

import java.util.Set;

import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.vote.VoteCase;
import org.openanolis.governance.vote.VoteCases;
import org.openanolis.governance.vote.VoteEvents;
import org.openanolis.governance.vote.VoteOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The SIG proposal as the committee vote sees it: recuse the proposer and the proposed chairs and
 * tech leads; follow the vote's opening and outcome in the proposal's status.
 */
@Component
@RequiredArgsConstructor
class SigVoteCases implements VoteCases {

    private final SigProposalRepository proposals;
    private final SigProposals service;

    @Override
    public String caseType() {
        return SigProposal.CASE_TYPE;
    }

    @Override
    public VoteCase describe(String caseId) {
        SigProposal p = proposals.find(caseId).orElseThrow(() -> new NotFoundException("No SIG proposal " + caseId));
        return new VoteCase(p.getName(), p.getProposer(), p.involvedPeople(), Set.of());
    }

    @EventListener
    void on(VoteEvents.VoteOpened event) {
        if (caseType().equals(event.caseType())) {
            service.voteOpened(event.caseId());
        }
    }

    @EventListener
    void on(VoteEvents.VoteDecided event) {
        if (caseType().equals(event.caseType())) {
            if (event.outcome() == VoteOutcome.APPROVED) {
                service.voteApproved(event.caseId());
            } else {
                service.voteRejected(event.caseId());
            }
        }
    }

    @EventListener
    void on(VoteEvents.VoteEndedWithoutQuorum event) {
        if (caseType().equals(event.caseType())) {
            service.noQuorum(event.caseId());
        }
    }
}
