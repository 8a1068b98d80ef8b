package org.openanolis.governance.vote;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The invariants the vote rules must keep for every tally, not only the worked examples. */
class VoteRulesProperties {

    private static final int LARGEST_COMMITTEE = 60;

    /**
     * The key property: an early close never announces a result that some remaining ballots would change.
     * It is stated both ways, so isInvariant is also not needlessly cautious: when quorum is met and no
     * completion changes the outcome, the vote may close.
     */
    @Property(tries = 2000)
    void earlyCloseAgreesWithEveryCompletionOfTheRemainingBallots(
            @ForAll("tallies") Tally tally, @ForAll Threshold threshold) {
        boolean invariant = tally.isInvariant(threshold);
        Statistics.label("invariant").collect(invariant);
        // Guard against a vacuous run: both sides of the biconditional must actually be exercised.
        Statistics.label("invariant").coverage(coverage -> {
            coverage.check(true).percentage(percent -> percent > 5);
            coverage.check(false).percentage(percent -> percent > 5);
        });

        assertThat(invariant)
                .as("%s under %s", tally, threshold)
                .isEqualTo(Completions.allAgree(tally, threshold));
    }

    @Property
    void anInvariantOutcomeStaysInvariantWhateverBallotComesNext(
            @ForAll("tallies") Tally tally, @ForAll Threshold threshold, @ForAll BallotChoice next) {
        Assume.that(tally.notVoted() > 0 && tally.isInvariant(threshold));

        Tally later = tally.with(next);

        assertThat(later.isInvariant(threshold)).isTrue();
        assertThat(later.outcome(threshold)).isEqualTo(tally.outcome(threshold));
    }

    @Property
    void aTallyWhereEveryoneVotedIsInvariant(@ForAll("completeTallies") Tally tally, @ForAll Threshold threshold) {
        assertThat(tally.isInvariant(threshold)).isTrue();
    }

    @Property
    void anotherBallotNeverUndoesQuorum(@ForAll("tallies") Tally tally, @ForAll BallotChoice next) {
        Assume.that(tally.notVoted() > 0 && tally.quorumMet());

        assertThat(tally.with(next).quorumMet()).isTrue();
    }

    @Property
    void anAbstentionDecidesNothingOnceQuorumIsMet(@ForAll("tallies") Tally tally, @ForAll Threshold threshold) {
        Assume.that(tally.notVoted() > 0 && tally.quorumMet());

        assertThat(tally.with(BallotChoice.ABSTAIN).outcome(threshold)).isEqualTo(tally.outcome(threshold));
    }

    @Property
    void turningARejectionIntoAnApprovalNeverTurnsApprovedIntoRejected(
            @ForAll("tallies") Tally tally, @ForAll Threshold threshold) {
        Assume.that(tally.rejections() > 0);
        Tally persuaded = new Tally(tally.electorate(), tally.approvals() + 1, tally.rejections() - 1,
                tally.abstentions());

        if (tally.outcome(threshold) == VoteOutcome.APPROVED) {
            assertThat(persuaded.outcome(threshold)).isEqualTo(VoteOutcome.APPROVED);
        }
    }

    /** The lemma that lets isInvariant look only at the all-approve and all-reject extremes. */
    @Property
    void moreApprovalsNeverHurtAndMoreRejectionsNeverHelp(@ForAll("tallies") Tally tally,
            @ForAll Threshold threshold) {
        Assume.that(tally.notVoted() > 0);
        int electorate = tally.electorate();
        boolean passes = threshold.passes(tally.approvals(), tally.rejections(), electorate);

        if (passes) {
            assertThat(threshold.passes(tally.approvals() + 1, tally.rejections(), electorate)).isTrue();
        } else {
            assertThat(threshold.passes(tally.approvals(), tally.rejections() + 1, electorate)).isFalse();
        }
    }

    /** A weightier decision never passes where a lighter one fails, for every electorate that may vote. */
    @Property
    void strongerThresholdsPassOnlyWhatWeakerOnesPass(@ForAll("votableTallies") Tally tally) {
        int a = tally.approvals();
        int j = tally.rejections();
        int e = tally.electorate();

        if (Threshold.ABSOLUTE.passes(a, j, e)) {
            assertThat(Threshold.SUPER.passes(a, j, e)).as("SUPER for %s", tally).isTrue();
        }
        if (Threshold.SUPER.passes(a, j, e)) {
            assertThat(Threshold.SIMPLE.passes(a, j, e)).as("SIMPLE for %s", tally).isTrue();
        }
    }

    @Property
    void quorumIsTheSmallestCountReachingTwoThirds(@ForAll @IntRange(min = 0, max = 100_000) int electorate) {
        int quorum = Tally.quorumFor(electorate);

        assertThat(3 * quorum).isGreaterThanOrEqualTo(2 * electorate);
        assertThat(3 * (quorum - 1)).isLessThan(2 * electorate);
    }

    @Property
    void ballotsAddUpToTheElectorate(@ForAll("tallies") Tally tally) {
        assertThat(tally.cast() + tally.notVoted()).isEqualTo(tally.electorate());
        assertThat(tally.notVoted()).isNotNegative();
    }

    @Provide
    Arbitrary<Tally> tallies() {
        return tallies(0);
    }

    @Provide
    Arbitrary<Tally> votableTallies() {
        return tallies(VoteRules.MIN_ELECTORATE);
    }

    @Provide
    Arbitrary<Tally> completeTallies() {
        return Arbitraries.integers().between(0, LARGEST_COMMITTEE).flatMap(electorate ->
                Arbitraries.integers().between(0, electorate).flatMap(approvals ->
                        Arbitraries.integers().between(0, electorate - approvals).map(rejections ->
                                new Tally(electorate, approvals, rejections, electorate - approvals - rejections))));
    }

    private static Arbitrary<Tally> tallies(int smallestElectorate) {
        return Arbitraries.integers().between(smallestElectorate, LARGEST_COMMITTEE).flatMap(electorate ->
                Arbitraries.integers().between(0, electorate).flatMap(approvals ->
                        Arbitraries.integers().between(0, electorate - approvals).flatMap(rejections ->
                                Arbitraries.integers().between(0, electorate - approvals - rejections)
                                        .map(abstentions -> new Tally(electorate, approvals, rejections, abstentions)))));
    }
}
