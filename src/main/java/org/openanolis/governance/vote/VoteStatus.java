package org.openanolis.governance.vote;

/** A vote is open until it is tallied, ends without quorum, or is cancelled by a withdrawal. */
public enum VoteStatus { OPEN, CLOSED }
