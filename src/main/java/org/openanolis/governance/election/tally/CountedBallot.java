package org.openanolis.governance.election.tally;

/** A counted ballot as published: the hash of its receipt and its ranking. */
public record CountedBallot(String receiptHash, Ranking ranking) {
}
