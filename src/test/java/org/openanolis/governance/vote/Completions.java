package org.openanolis.governance.vote;

import java.util.ArrayList;
import java.util.List;

/**
 * Every way a vote could still end from a given tally: each member who has not voted approves, rejects,
 * abstains or stays silent. Tests compare an early close against all of them.
 */
final class Completions {

    private Completions() {
    }

    /** The final tallies reachable from {@code tally}, including {@code tally} itself (everyone silent). */
    static List<Tally> of(Tally tally) {
        int missing = tally.notVoted();
        List<Tally> endings = new ArrayList<>();
        for (int approve = 0; approve <= missing; approve++) {
            for (int reject = 0; approve + reject <= missing; reject++) {
                // Whoever neither approves, rejects nor abstains stays silent.
                for (int abstain = 0; approve + reject + abstain <= missing; abstain++) {
                    endings.add(new Tally(tally.electorate(), tally.approvals() + approve,
                            tally.rejections() + reject, tally.abstentions() + abstain));
                }
            }
        }
        return endings;
    }

    /** Whether every ending of {@code tally} has the outcome it would have if tallied now. */
    static boolean allAgree(Tally tally, Threshold threshold) {
        VoteOutcome now = tally.outcome(threshold);
        return of(tally).stream().allMatch(ending -> ending.outcome(threshold) == now);
    }
}
