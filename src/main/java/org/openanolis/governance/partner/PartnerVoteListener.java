package org.openanolis.governance.partner;

import org.openanolis.governance.vote.VoteEvents;
import org.openanolis.governance.vote.VoteOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Follows committee votes on revocations, inside the vote's own transaction. An approval is carried out by the
 * revocation process itself, so only the other outcomes are handled here; applications follow their votes through
 * the case mechanism.
 */
@Component
@RequiredArgsConstructor
class PartnerVoteListener {

    private final PartnerDirectory directory;

    @EventListener
    void on(VoteEvents.VoteOpened event) {
        if (Partner.CASE_TYPE.equals(event.caseType())) {
            directory.revocationVoteOpened(event.caseId());
        }
    }

    @EventListener
    void on(VoteEvents.VoteDecided event) {
        if (event.outcome() != VoteOutcome.APPROVED && Partner.CASE_TYPE.equals(event.caseType())) {
            directory.revocationRejected(event.caseId());
        }
    }

    @EventListener
    void on(VoteEvents.VoteEndedWithoutQuorum event) {
        if (Partner.CASE_TYPE.equals(event.caseType())) {
            directory.revocationWithoutQuorum(event.caseId());
        }
    }
}
