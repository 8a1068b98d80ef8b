package org.openanolis.governance.cases;

import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.openanolis.governance.vote.VoteEvents;
import org.openanolis.governance.vote.VoteOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Follows the committee vote in the status of the case it decides, inside the vote's own transaction: the one way a
 * decision reaches a case. Each kind says in its {@link CommitteeDecision} which move each event makes.
 */
@Component
@RequiredArgsConstructor
class CaseVoteListener {

    private final CaseKinds kinds;
    private final CaseLifecycle lifecycle;

    @EventListener
    void on(VoteEvents.VoteOpened event) {
        follow(event.caseType(), event.caseId(), CommitteeDecision::opened);
    }

    @EventListener
    void on(VoteEvents.VoteDecided event) {
        follow(event.caseType(), event.caseId(), event.outcome() == VoteOutcome.APPROVED
                ? CommitteeDecision::approved : CommitteeDecision::rejected);
    }

    @EventListener
    void on(VoteEvents.VoteEndedWithoutQuorum event) {
        follow(event.caseType(), event.caseId(), CommitteeDecision::withoutQuorum);
    }

    private void follow(String caseType, String caseId,
                        Function<CommitteeDecision<?>, BiConsumer<?, Instant>> which) {
        kinds.byKey(caseType).filter(kind -> kind.decision() != null)
                .ifPresent(kind -> follow(kind, caseId, which));
    }

    @SuppressWarnings("unchecked")
    private <C extends CaseRecord<?, ?>> void follow(CaseKind<C> kind, String caseId,
                                                  Function<CommitteeDecision<?>, BiConsumer<?, Instant>> which) {
        BiConsumer<C, Instant> move = (BiConsumer<C, Instant>) which.apply(kind.decision());
        if (move != null) {
            lifecycle.follow(kind, caseId, move);
        }
    }
}
