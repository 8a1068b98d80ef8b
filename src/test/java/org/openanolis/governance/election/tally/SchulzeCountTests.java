package org.openanolis.governance.election.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Worked examples of the count (DOMAIN.md "Tally"), each with its ballots written out as a voter would rank. */
class SchulzeCountTests {

    /**
     * Schulze's own example (M. Schulze 2011, section 3.1; also Wikipedia "Schulze method"): 45 voters, five
     * candidates, the pairwise matrix and the strongest paths as published, and the ranking E > A > C > B > D.
     */
    @Test
    void schulzesPublishedExampleOfFortyFiveVoters() {
        List<Ranking> ballots = new ArrayList<>();
        add(ballots, 5, "A>C>B>E>D");
        add(ballots, 5, "A>D>E>C>B");
        add(ballots, 8, "B>E>D>A>C");
        add(ballots, 3, "C>A>B>E>D");
        add(ballots, 7, "C>A>E>B>D");
        add(ballots, 2, "C>B>A>D>E");
        add(ballots, 7, "D>C>E>B>A");
        add(ballots, 8, "E>B>A>D>C");

        Tally tally = count(List.of("A", "B", "C", "D", "E"), ballots, 1);

        assertThat(tally.pairwise()).isDeepEqualTo(new int[][] {
                {0, 20, 26, 30, 22}, {25, 0, 16, 33, 18}, {19, 29, 0, 17, 24}, {15, 12, 28, 0, 14},
                {23, 27, 21, 31, 0}});
        assertThat(tally.strongestPaths()).isDeepEqualTo(new int[][] {
                {0, 28, 28, 30, 24}, {25, 0, 28, 33, 24}, {25, 29, 0, 29, 24}, {25, 28, 28, 0, 24},
                {25, 28, 28, 31, 0}});
        assertThat(tally.ranking()).containsExactly("E", "A", "C", "B", "D");
        assertThat(tally.winners()).containsExactly("E");
        assertThat(tally.ballots()).isEqualTo(45);
    }

    @Test
    void aCondorcetWinnerWins() {
        List<Ranking> ballots = new ArrayList<>();
        add(ballots, 4, "B>A>C");
        add(ballots, 3, "C>B>A");
        add(ballots, 2, "A>B>C");

        assertThat(count(List.of("A", "B", "C"), ballots, 1).ranking()).containsExactly("B", "A", "C");
    }

    /** A beats B by 6, B beats C by 7, C beats A by 5: the weakest link of the cycle, C over A, gives way. */
    @Test
    void aCycleIsResolvedByTheStrengthOfItsPaths() {
        List<Ranking> ballots = new ArrayList<>();
        add(ballots, 4, "A>B>C");
        add(ballots, 3, "B>C>A");
        add(ballots, 2, "C>A>B");

        Tally tally = count(List.of("A", "B", "C"), ballots, 1);

        assertThat(tally.pairwise()).isDeepEqualTo(new int[][] {{0, 6, 4}, {3, 0, 7}, {5, 2, 0}});
        assertThat(tally.ranking()).containsExactly("A", "B", "C");
    }

    @Test
    void anExactTieIsBrokenByThePublishedOrder() {
        List<Ranking> ballots = List.of(ranking("A>B"), ranking("B>A"));

        assertThat(SchulzeCount.count(contenders("A", "B"), ballots, List.of("B", "A"), seats(1)).ranking())
                .containsExactly("B", "A");
        assertThat(SchulzeCount.count(contenders("A", "B"), ballots, List.of("A", "B"), seats(1)).ranking())
                .containsExactly("A", "B");
    }

    @Test
    void tiesOnABallotAndUnrankedCandidatesCountAsTied() {
        // "A=B" ties A and B; C, unranked, is below both; a blank ballot prefers nobody.
        Tally tally = count(List.of("A", "B", "C"), List.of(ranking("A=B"), new Ranking(List.of())), 1);

        assertThat(tally.pairwise()).isDeepEqualTo(new int[][] {{0, 0, 1}, {0, 0, 1}, {0, 0, 0}});
    }

    @Test
    void theCapSkipsACandidateWhoseOrganizationIsFull() {
        List<Contender> candidates = List.of(new Contender("A", "Acme Cloud"), new Contender("B", "ACME CLOUD"),
                new Contender("C", "Globex"), new Contender("D", null));
        List<Ranking> ballots = List.of(ranking("A>B>C>D"), ranking("A>B>C>D"));
        List<String> order = List.of("A", "B", "C", "D");

        Tally capOne = SchulzeCount.count(candidates, ballots, order, new Seating(2, 1, Map.of()));
        assertThat(capOne.winners()).containsExactly("A", "C");
        assertThat(capOne.skippedForCap()).containsExactly("B");

        Tally continuing = SchulzeCount.count(candidates, ballots, order, new Seating(3, 2, Map.of("acme cloud", 1)));
        assertThat(continuing.winners()).as("one continuing member of Acme Cloud leaves it one seat")
                .containsExactly("A", "C", "D");
        assertThat(continuing.skippedForCap()).containsExactly("B");
    }

    @Test
    void fewerEligibleCandidatesThanSeatsAllWin() {
        Tally tally = count(List.of("A", "B"), List.of(ranking("B>A")), 3);

        assertThat(tally.winners()).containsExactly("B", "A");
    }

    @Test
    void refusesBallotsNamingWhoIsNoCandidateAndAnIncompleteOrder() {
        assertThatThrownBy(() -> count(List.of("A", "B"), List.of(ranking("A>Z")), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Z");
        assertThatThrownBy(() -> SchulzeCount.count(contenders("A", "B"), List.of(), List.of("A"), seats(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ranking("A>A")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A ballot written as people read it: {@code A>B=C>D}. */
    static Ranking ranking(String preferences) {
        return new Ranking(Arrays.stream(preferences.split(">"))
                .map(group -> (Set<String>) new LinkedHashSet<>(Arrays.asList(group.split("=")))).toList());
    }

    private static void add(List<Ranking> ballots, int times, String preferences) {
        for (int i = 0; i < times; i++) {
            ballots.add(ranking(preferences));
        }
    }

    private static Tally count(List<String> candidates, List<Ranking> ballots, int seats) {
        return SchulzeCount.count(contenders(candidates.toArray(String[]::new)), ballots, candidates, seats(seats));
    }

    static List<Contender> contenders(String... ids) {
        return Arrays.stream(ids).map(id -> new Contender(id, null)).toList();
    }

    private static Seating seats(int seats) {
        return new Seating(seats, 2, Map.of());
    }
}
