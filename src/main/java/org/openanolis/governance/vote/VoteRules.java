package org.openanolis.governance.vote;

public final class VoteRules {
    private VoteRules() { }
    public static boolean canOpen(int electorate) { return electorate >= 3; }
}
