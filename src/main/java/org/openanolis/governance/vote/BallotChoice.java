package org.openanolis.governance.vote;

public enum BallotChoice { APPROVE, REJECT, ABSTAIN }
