package org.openanolis.governance.publishing;

import org.openanolis.governance.vote.Vote;
import org.openanolis.governance.vote.VoteEvents;
import org.openanolis.governance.vote.Votes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Every committee vote that closes becomes a resolution, in the vote's own transaction: tallied (APPROVED or
 * REJECTED) or ended without quorum. A vote cancelled by a withdrawal decided nothing and gets none.
 */
@Component
@RequiredArgsConstructor
class ClosedVoteListener {

    private final Votes votes;
    private final ResolutionNumbers numbers;

    @EventListener
    void on(VoteEvents.VoteDecided decided) {
        record(decided.voteId());
    }

    @EventListener
    void on(VoteEvents.VoteEndedWithoutQuorum ended) {
        record(ended.voteId());
    }

    private void record(String voteId) {
        Vote vote = votes.find(voteId).orElseThrow(() -> new IllegalStateException("No vote " + voteId));
        numbers.number(voteId, vote.caseType(), vote.caseId(), vote.caseName(), vote.outcome().name(),
                vote.closedAt());
    }
}
