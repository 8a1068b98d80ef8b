package org.openanolis.governance.vote;

/**
 * How a committee vote ends. NO_QUORUM is not a rejection: too few ballots were cast to decide, and the
 * chair chooses between a re-run and closing the case (DOMAIN.md, "Deadline"). CANCELLED is a vote that
 * stopped because its case was withdrawn.
 */
public enum VoteOutcome {
    APPROVED,
    REJECTED,
    NO_QUORUM,
    CANCELLED
}
