package org.openanolis.governance.vote;

/** The body of POST .../ballots: the member's vote, and the reason a REJECT needs. */
public record BallotRequest(BallotChoice vote, String reason) {
}
