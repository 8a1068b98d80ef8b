package org.openanolis.governance.vote;

/**
 * What a member can put on their ballot (DOMAIN.md, "Ballots"). One ballot per member, and it is final.
 * ABSTAIN counts towards quorum but neither for nor against the proposal.
 */
public enum BallotChoice {
    APPROVE,
    REJECT,
    ABSTAIN
}
