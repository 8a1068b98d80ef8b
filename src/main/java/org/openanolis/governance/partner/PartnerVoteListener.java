package org.openanolis.governance.partner;

import org.openanolis.governance.vote.VoteEvents;
import org.openanolis.governance.vote.VoteOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Follows committee votes on applications and revocations, inside the vote's own transaction. An approval is
 * carried out by the calling process (listing, revocation), so only the other outcomes are handled here.
 */
@Component
@RequiredArgsConstructor
class PartnerVoteListener {

    private final PartnerApplications applications;
    private final PartnerDirectory directory;

    @EventListener
    void on(VoteEvents.VoteOpened event) {
        if (PartnerApplication.CASE_TYPE.equals(event.caseType())) {
            applications.voteOpened(event.caseId());
        } else if (Partner.CASE_TYPE.equals(event.caseType())) {
            directory.revocationVoteOpened(event.caseId());
        }
    }

    @EventListener
    void on(VoteEvents.VoteDecided event) {
        if (event.outcome() == VoteOutcome.APPROVED) {
            return;
        }
        if (PartnerApplication.CASE_TYPE.equals(event.caseType())) {
            applications.voteRejected(event.caseId());
        } else if (Partner.CASE_TYPE.equals(event.caseType())) {
            directory.revocationRejected(event.caseId());
        }
    }

    @EventListener
    void on(VoteEvents.VoteEndedWithoutQuorum event) {
        if (PartnerApplication.CASE_TYPE.equals(event.caseType())) {
            applications.noQuorum(event.caseId());
        } else if (Partner.CASE_TYPE.equals(event.caseType())) {
            directory.revocationWithoutQuorum(event.caseId());
        }
    }
}
