package org.openanolis.governance.election;

/** What a voter gets for a ballot: the receipt, shown this once, and the hash it appears under in the published ballots. */
public record CastBallot(String receipt, String receiptHash) {
}
