package org.openanolis.governance.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TallyTests {

    /** DOMAIN.md, "Worked tallies", row by row. Row 8 has no threshold: it is NO_QUORUM under each. */
    @ParameterizedTest(name = "row {0}: E={3} A={5} J={6} B={7} {9} -> {10}")
    @CsvSource(delimiter = '|', textBlock = """
            # row | N | recused | E | Q | A | J | B | notVoted | threshold | outcome   | invariant
              1   | 9 | 0       | 9 | 6 | 5 | 1 | 1 | 2        | SIMPLE    | APPROVED  | true
              2   | 9 | 0       | 9 | 6 | 3 | 3 | 1 | 2        | SIMPLE    | REJECTED  | false
              3   | 9 | 0       | 9 | 6 | 2 | 0 | 4 | 3        | SIMPLE    | REJECTED  | false
              4   | 9 | 2       | 7 | 5 | 3 | 1 | 1 | 2        | SIMPLE    | APPROVED  | false
              5   | 9 | 0       | 9 | 6 | 6 | 3 | 0 | 0        | SUPER     | APPROVED  | true
              8   | 9 | 0       | 9 | 6 | 4 | 0 | 0 | 5        | SIMPLE    | NO_QUORUM | false
              8   | 9 | 0       | 9 | 6 | 4 | 0 | 0 | 5        | SUPER     | NO_QUORUM | false
              8   | 9 | 0       | 9 | 6 | 4 | 0 | 0 | 5        | ABSOLUTE  | NO_QUORUM | false
              9   | 9 | 0       | 9 | 6 | 7 | 0 | 0 | 2        | SIMPLE    | APPROVED  | true
              11  | 5 | 1       | 4 | 3 | 2 | 1 | 0 | 1        | SIMPLE    | APPROVED  | false
            """)
    void workedTalliesFromTheDomain(int row, int members, int recused, int electorate, int quorum,
            int approvals, int rejections, int abstentions, int notVoted,
            Threshold threshold, VoteOutcome outcome, boolean invariant) {
        assertThat(VoteRules.electorate(members, recused)).isEqualTo(electorate);
        Tally tally = new Tally(electorate, approvals, rejections, abstentions);

        assertThat(tally.quorum()).isEqualTo(quorum);
        assertThat(tally.notVoted()).isEqualTo(notVoted);
        assertThat(tally.outcome(threshold)).isEqualTo(outcome);
        assertThat(tally.isInvariant(threshold)).isEqualTo(invariant);
    }

    /** Boundaries of each threshold, quorum always met unless the outcome says otherwise. */
    @ParameterizedTest(name = "{0} E={1} A={2} J={3} B={4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # threshold | E  | A | J | B | outcome
            # SIMPLE: a tie fails, one more approval passes; the ceil(E/3) floor
              SIMPLE    | 6  | 2 | 2 | 0 | REJECTED
              SIMPLE    | 6  | 3 | 2 | 0 | APPROVED
              SIMPLE    | 9  | 3 | 0 | 3 | APPROVED
              SIMPLE    | 10 | 3 | 0 | 4 | REJECTED
              SIMPLE    | 10 | 4 | 0 | 3 | APPROVED
            # SUPER: exactly two thirds of the decisive ballots passes, just below fails; the floor(E/2)+1 floor
              SUPER     | 10 | 6 | 3 | 0 | APPROVED
              SUPER     | 10 | 6 | 4 | 0 | REJECTED
              SUPER     | 9  | 4 | 2 | 0 | REJECTED
              SUPER     | 9  | 5 | 0 | 1 | APPROVED
              SUPER     | 10 | 5 | 2 | 0 | REJECTED
              SUPER     | 10 | 6 | 0 | 1 | APPROVED
            # ABSOLUTE: at ceil(2E/3) passes, one below fails, rejections do not matter
              ABSOLUTE  | 9  | 6 | 3 | 0 | APPROVED
              ABSOLUTE  | 9  | 5 | 0 | 1 | REJECTED
              ABSOLUTE  | 9  | 5 | 1 | 0 | REJECTED
              ABSOLUTE  | 10 | 7 | 3 | 0 | APPROVED
              ABSOLUTE  | 10 | 6 | 0 | 1 | REJECTED
              ABSOLUTE  | 10 | 6 | 1 | 0 | REJECTED
            # the smallest electorate that may open, E=3, Q=2
              SIMPLE    | 3  | 1 | 0 | 1 | APPROVED
              SIMPLE    | 3  | 1 | 1 | 0 | REJECTED
              SIMPLE    | 3  | 1 | 0 | 0 | NO_QUORUM
              SUPER     | 3  | 2 | 1 | 0 | APPROVED
              SUPER     | 3  | 1 | 0 | 1 | REJECTED
              ABSOLUTE  | 3  | 2 | 1 | 0 | APPROVED
              ABSOLUTE  | 3  | 1 | 0 | 2 | REJECTED
            # E=4, Q=3
              SIMPLE    | 4  | 2 | 1 | 0 | APPROVED
              SUPER     | 4  | 2 | 0 | 1 | REJECTED
              SUPER     | 4  | 3 | 0 | 0 | APPROVED
              ABSOLUTE  | 4  | 2 | 0 | 0 | NO_QUORUM
              ABSOLUTE  | 4  | 3 | 1 | 0 | APPROVED
            # quorum counts abstentions: 6 abstentions of 9 meet it, and decide nothing
              SIMPLE    | 9  | 0 | 0 | 6 | REJECTED
              SIMPLE    | 9  | 0 | 0 | 5 | NO_QUORUM
            """)
    void thresholdEdges(Threshold threshold, int electorate, int approvals, int rejections, int abstentions,
            VoteOutcome outcome) {
        assertThat(new Tally(electorate, approvals, rejections, abstentions).outcome(threshold)).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "E={0} -> Q={1}")
    @CsvSource({"0,0", "1,1", "2,2", "3,2", "4,3", "5,4", "6,4", "7,5", "8,6", "9,6", "10,7", "60,40"})
    void quorumIsTwoThirdsRoundedUp(int electorate, int quorum) {
        assertThat(Tally.quorumFor(electorate)).isEqualTo(quorum);
    }

    @Test
    void eachBallotCountsOnceInItsColumn() {
        Tally tally = Tally.opening(5)
                .with(BallotChoice.APPROVE)
                .with(BallotChoice.APPROVE)
                .with(BallotChoice.REJECT)
                .with(BallotChoice.ABSTAIN);

        assertThat(tally).isEqualTo(new Tally(5, 2, 1, 1));
        assertThat(tally.cast()).isEqualTo(4);
        assertThat(tally.notVoted()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(BallotChoice.class)
    void noBallotOnceEveryoneHasVoted(BallotChoice choice) {
        Tally everyoneVoted = new Tally(3, 1, 1, 1);

        assertThatIllegalStateException().isThrownBy(() -> everyoneVoted.with(choice));
    }

    @Test
    void impossibleTalliesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(-1, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(5, -1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(5, 0, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(5, 0, 0, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(5, 2, 2, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> Tally.quorumFor(-1));
    }

    @Test
    void thresholdRefusesMoreDecisiveBallotsThanVoters() {
        assertThatIllegalArgumentException().isThrownBy(() -> Threshold.SIMPLE.passes(3, 2, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> Threshold.SUPER.passes(-1, 0, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> Threshold.ABSOLUTE.passes(0, 0, -1));
    }

    @Test
    void quorumNotMetIsNeverInvariantEvenWhenTheThresholdIsOutOfReach() {
        // E=9, 1 approval, 5 rejections: no completion can pass SUPER, but quorum is still one ballot short
        // and the rule says an early close needs quorum first.
        Tally tally = new Tally(9, 0, 5, 0);

        assertThat(tally.isInvariant(Threshold.SUPER)).isFalse();
        assertThat(tally.with(BallotChoice.ABSTAIN).isInvariant(Threshold.SUPER)).isTrue();
    }

    /**
     * The early-close rule checked against every tally of every committee up to 25 voters, not a sample:
     * isInvariant is true exactly when no way of casting the remaining ballots changes the outcome.
     */
    @ParameterizedTest
    @EnumSource(Threshold.class)
    void earlyCloseIsRightForEveryTallyOfASmallCommittee(Threshold threshold) {
        int checked = 0;
        for (int electorate = 0; electorate <= 25; electorate++) {
            for (int a = 0; a <= electorate; a++) {
                for (int j = 0; a + j <= electorate; j++) {
                    for (int b = 0; a + j + b <= electorate; b++) {
                        Tally tally = new Tally(electorate, a, j, b);
                        assertThat(tally.isInvariant(threshold))
                                .as("%s under %s", tally, threshold)
                                .isEqualTo(Completions.allAgree(tally, threshold));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(23_751); // C(29, 4): all (E, A, J, B) with A + J + B <= E <= 25
    }

    @Test
    void describesItselfForTheLog() {
        assertThat(new Tally(9, 5, 1, 1)).hasToString("E=9 Q=6 A=5 J=1 B=1 notVoted=2");
    }
}
