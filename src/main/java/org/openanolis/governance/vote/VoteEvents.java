package org.openanolis.governance.vote;

/**
 * What the vote tells the modules whose cases it decides; published inside the vote's transaction. Each carries the
 * case's name as the vote keeps it, so that a listener need not read the vote again.
 */
public final class VoteEvents {

    private VoteEvents() {
    }

    /** A vote opened (also a re-run): the case is VOTING. */
    public record VoteOpened(String caseType, String caseId, String voteId, String caseName) {
    }

    /** The vote was tallied: APPROVED or REJECTED. */
    public record VoteDecided(String caseType, String caseId, String voteId, VoteOutcome outcome, String caseName) {
    }

    /** The extended deadline passed without quorum: the case waits for the chair. */
    public record VoteEndedWithoutQuorum(String caseType, String caseId, String voteId, String caseName) {
    }
}
