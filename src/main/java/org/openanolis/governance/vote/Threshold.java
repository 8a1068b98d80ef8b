package org.openanolis.governance.vote;

/**
 * How many approvals a decision needs, by its weight (DOMAIN.md, "Thresholds" and "Which threshold"):
 * SIMPLE for SIG creation, project entry and new partners; SUPER for graduation, retirement, archiving and
 * revocation; ABSOLUTE for removing a committee member.
 *
 * <p>A threshold only decides once quorum is met; {@link Tally#outcome(Threshold)} checks quorum first.
 * Every rule has an absolute floor measured against the electorate, so a handful of approvals in a
 * mostly silent committee cannot carry a decision. The arithmetic is integer-only so that the boundaries
 * (a tie, exactly two thirds) are exact.
 */
public enum Threshold {

    /** A &gt; J (a tie fails) and A &ge; ceil(E/3). */
    SIMPLE {
        @Override
        boolean rulePasses(int approvals, int rejections, int electorate) {
            return approvals > rejections && approvals >= ceilDiv(electorate, 3);
        }
    },

    /** At least two thirds of the decisive ballots (3A &ge; 2(A + J)) and A &ge; floor(E/2) + 1. */
    SUPER {
        @Override
        boolean rulePasses(int approvals, int rejections, int electorate) {
            return 3 * approvals >= 2 * (approvals + rejections) && approvals >= electorate / 2 + 1;
        }
    },

    /** A &ge; ceil(2E/3): two thirds of the whole electorate, whoever else voted. */
    ABSOLUTE {
        @Override
        boolean rulePasses(int approvals, int rejections, int electorate) {
            return approvals >= ceilDiv(2 * electorate, 3);
        }
    };

    /**
     * Whether these ballots carry the decision, assuming quorum is met.
     *
     * @throws IllegalArgumentException for negative counts or more decisive ballots than voters
     */
    public boolean passes(int approvals, int rejections, int electorate) {
        if (approvals < 0 || rejections < 0 || electorate < 0 || approvals + rejections > electorate) {
            throw new IllegalArgumentException("Impossible ballot counts: A=%d J=%d E=%d"
                    .formatted(approvals, rejections, electorate));
        }
        return rulePasses(approvals, rejections, electorate);
    }

    abstract boolean rulePasses(int approvals, int rejections, int electorate);

    /** ceil(n/d) for n &ge; 0 and d &gt; 0. */
    static int ceilDiv(int n, int d) {
        return (n + d - 1) / d;
    }
}
