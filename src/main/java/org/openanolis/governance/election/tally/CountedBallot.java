package org.openanolis.governance.election.tally;

/**
 * A ballot as published: no voter id, only the hash of the receipt its voter was given, by which they find it.
 *
 * @param receiptHash the hash of the voter's receipt code
 * @param ranking     the preferences counted
 */
public record CountedBallot(String receiptHash, Ranking ranking) {

    public CountedBallot {
        if (receiptHash == null || receiptHash.isBlank()) {
            throw new IllegalArgumentException("A counted ballot needs its receipt hash");
        }
        if (ranking == null) {
            throw new IllegalArgumentException("A counted ballot needs its ranking (blank: an empty one)");
        }
    }
}
