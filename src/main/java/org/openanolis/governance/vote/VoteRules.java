package org.openanolis.governance.vote;

/**
 * Who may vote and whether a vote can open at all (DOMAIN.md, "Recusal" and "Electorate").
 */
public final class VoteRules {

    /**
     * The smallest electorate that may decide. Below it a single member would be a third of the committee,
     * so the vote does not open and the chair is asked to rerun or close instead.
     */
    public static final int MIN_ELECTORATE = 3;

    private VoteRules() {
    }

    /** E = N &minus; recused: recused members get no ballot and do not count towards quorum. */
    public static int electorate(int members, int recused) {
        if (members < 0 || recused < 0 || recused > members) {
            throw new IllegalArgumentException("Cannot recuse %d of %d members".formatted(recused, members));
        }
        return members - recused;
    }

    /** Whether a vote with this electorate may open (DOMAIN.md: "If E &lt; 3 the vote does not open"). */
    public static boolean canOpen(int electorate) {
        return electorate >= MIN_ELECTORATE;
    }
}
