package org.openanolis.governance.vote;

public enum VoteOutcome { APPROVED, REJECTED, NO_QUORUM, CANCELLED }
