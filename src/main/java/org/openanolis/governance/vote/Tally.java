package org.openanolis.governance.vote;

/**
 * The counted ballots of one vote at one moment, against its electorate (DOMAIN.md, "The committee vote").
 * Immutable: each ballot gives a new tally, so a tally can be logged, stored with the result and compared
 * without anyone changing it underneath.
 *
 * @param electorate  E, the members who may vote (the committee minus the recused)
 * @param approvals   A
 * @param rejections  J
 * @param abstentions B, which count towards quorum only
 */
public record Tally(int electorate, int approvals, int rejections, int abstentions) {

    public Tally {
        if (electorate < 0 || approvals < 0 || rejections < 0 || abstentions < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: " + describe(electorate, approvals, rejections, abstentions));
        }
        // Each member casts at most one ballot, so more ballots than voters means a counting bug.
        if ((long) approvals + rejections + abstentions > electorate) {
            throw new IllegalArgumentException("More ballots than voters: " + describe(electorate, approvals, rejections, abstentions));
        }
    }

    /** A freshly opened vote: nobody has voted yet. */
    public static Tally opening(int electorate) {
        return new Tally(electorate, 0, 0, 0);
    }

    /** Q = ceil(2E/3): the ballots, abstentions included, that must be cast before a threshold applies. */
    public static int quorumFor(int electorate) {
        if (electorate < 0) {
            throw new IllegalArgumentException("Electorate cannot be negative: " + electorate);
        }
        return Threshold.ceilDiv(2 * electorate, 3);
    }

    /** A + J + B. */
    public int cast() {
        return approvals + rejections + abstentions;
    }

    /** The eligible members whose ballot is still missing. */
    public int notVoted() {
        return electorate - cast();
    }

    public int quorum() {
        return quorumFor(electorate);
    }

    public boolean quorumMet() {
        return cast() >= quorum();
    }

    /**
     * This tally with one more ballot.
     *
     * @throws IllegalStateException when every eligible member has already voted
     */
    public Tally with(BallotChoice choice) {
        if (notVoted() == 0) {
            throw new IllegalStateException("Every eligible member has voted: " + this);
        }
        return switch (choice) {
            case APPROVE -> new Tally(electorate, approvals + 1, rejections, abstentions);
            case REJECT -> new Tally(electorate, approvals, rejections + 1, abstentions);
            case ABSTAIN -> new Tally(electorate, approvals, rejections, abstentions + 1);
        };
    }

    /** The result if the vote were tallied now, with the non-voters absent (DOMAIN.md, "Deadline"). */
    public VoteOutcome outcome(Threshold threshold) {
        if (!quorumMet()) {
            return VoteOutcome.NO_QUORUM;
        }
        return threshold.passes(approvals, rejections, electorate) ? VoteOutcome.APPROVED : VoteOutcome.REJECTED;
    }

    /**
     * Whether no ballot still to come can change {@link #outcome(Threshold)}, so the vote may close early
     * (DOMAIN.md, "Early close"): quorum is met, and the outcome is the same if every non-voter approves and
     * if every non-voter rejects.
     *
     * <p>Checking the two extremes is enough. Quorum cannot be lost by more ballots, and each threshold is
     * monotone: more approvals never turn a pass into a fail, more rejections never turn a fail into a pass.
     * Any completion (abstentions and silence included) ends with at most the approvals of "all approve"
     * and at least the rejections of it, so it cannot pass where that fails; symmetrically it cannot fail
     * where "all reject" passes. {@code VoteRulesProperties} checks this against every completion.
     */
    public boolean isInvariant(Threshold threshold) {
        if (!quorumMet()) {
            return false;
        }
        int missing = notVoted();
        boolean passesIfAllApprove = threshold.passes(approvals + missing, rejections, electorate);
        boolean passesIfAllReject = threshold.passes(approvals, rejections + missing, electorate);
        return passesIfAllApprove == passesIfAllReject;
    }

    /** For logs and the recorded result: {@code E=9 Q=6 A=5 J=1 B=1 notVoted=2}. */
    @Override
    public String toString() {
        return describe(electorate, approvals, rejections, abstentions);
    }

    private static String describe(int electorate, int approvals, int rejections, int abstentions) {
        return "E=%d Q=%d A=%d J=%d B=%d notVoted=%d".formatted(electorate,
                electorate < 0 ? 0 : quorumFor(electorate), approvals, rejections, abstentions,
                electorate - approvals - rejections - abstentions);
    }
}
