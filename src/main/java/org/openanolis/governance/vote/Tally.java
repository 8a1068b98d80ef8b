package org.openanolis.governance.vote;

public record Tally(int electorate, int approvals, int rejections, int abstentions) {
    public int cast() { return approvals + rejections + abstentions; }
    public int notVoted() { return electorate - cast(); }
    public static int quorumFor(int e) { return (2 * e + 2) / 3; }
    public int quorum() { return quorumFor(electorate); }
    public boolean quorumMet() { return cast() >= quorum(); }
    public Tally with(BallotChoice c) {
        return new Tally(electorate, approvals + (c == BallotChoice.APPROVE ? 1 : 0),
                rejections + (c == BallotChoice.REJECT ? 1 : 0), abstentions + (c == BallotChoice.ABSTAIN ? 1 : 0));
    }
    public VoteOutcome outcome(Threshold t) {
        if (!quorumMet()) return VoteOutcome.NO_QUORUM;
        return t.passes(approvals, rejections, electorate) ? VoteOutcome.APPROVED : VoteOutcome.REJECTED;
    }
    public boolean isInvariant(Threshold t) {
        if (!quorumMet()) return false;
        int n = notVoted();
        return t.passes(approvals + n, rejections, electorate) == t.passes(approvals, rejections + n, electorate);
    }
}
