package org.openanolis.governance.onboarding;

import org.openanolis.governance.vote.VoteEvents;
import org.openanolis.governance.vote.VoteOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Follows the committee vote in the proposal's status, inside the vote's own transaction. */
@Component
@RequiredArgsConstructor
class ProjectVoteListener {

    private final ProjectProposals service;

    @EventListener
    void on(VoteEvents.VoteOpened event) {
        if (ProjectProposal.CASE_TYPE.equals(event.caseType())) {
            service.voteOpened(event.caseId());
        }
    }

    @EventListener
    void on(VoteEvents.VoteDecided event) {
        if (ProjectProposal.CASE_TYPE.equals(event.caseType())) {
            if (event.outcome() == VoteOutcome.APPROVED) {
                service.voteApproved(event.caseId());
            } else {
                service.voteRejected(event.caseId());
            }
        }
    }

    @EventListener
    void on(VoteEvents.VoteEndedWithoutQuorum event) {
        if (ProjectProposal.CASE_TYPE.equals(event.caseType())) {
            service.noQuorum(event.caseId());
        }
    }
}
