package org.openanolis.governance.vote;

import java.time.Instant;
import java.util.List;

/**
 * A vote and its ballots as one transaction read them under the vote's row lock: nobody else can cast, close or
 * extend it until that transaction ends, so everything decided in it (early close, the tally, the result mail)
 * reads this instead of the database again.
 */
record VoteSnapshot(Vote vote, List<CastBallot> ballots) {

    VoteSnapshot {
        ballots = List.copyOf(ballots);
    }

    Tally tally() {
        Tally tally = new Tally(vote.electorate(), 0, 0, 0);
        for (CastBallot b : ballots) {
            tally = tally.with(b.vote());
        }
        return tally;
    }

    /**
     * DOMAIN.md's early close: the vote is open, min-open has passed and no completion of the remaining ballots
     * could change the outcome. Everybody having voted is the extreme case of that.
     */
    boolean decidedEarly(Instant now) {
        return vote.isOpen() && !now.isBefore(vote.minOpenAt()) && tally().isInvariant(vote.threshold());
    }
}
