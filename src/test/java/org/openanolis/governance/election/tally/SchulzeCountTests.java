package org.openanolis.governance.election.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.openanolis.governance.election.tally.Notation.ballot;
import static org.openanolis.governance.election.tally.Notation.ballots;
import static org.openanolis.governance.election.tally.Notation.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples of the count: Schulze's published ones, then one table row per rule of DOMAIN.md "Tally". */
class SchulzeCountTests {

    private static final List<String> ABCDE = List.of("A", "B", "C", "D", "E");

    /** The 45-voter example of Schulze's paper, section 3.1, also the example of Wikipedia's "Schulze method". */
    @Test
    void schulzesFortyFiveVoterExample() {
        List<Ranking> ballots = ballots("5 ACBED; 5 ADECB; 8 BEDAC; 3 CABED; 7 CAEBD; 2 CBADE; 7 DCEBA; 8 EBADC");

        Tally tally = SchulzeCount.count(candidates("A", "B", "C", "D", "E"), ballots, ABCDE, Seating.of(1, 1));

        assertThat(tally.pairwise()).isDeepEqualTo(new int[][] {
            {0, 20, 26, 30, 22},
            {25, 0, 16, 33, 18},
            {19, 29, 0, 17, 24},
            {15, 12, 28, 0, 14},
            {23, 27, 21, 31, 0}});
        assertThat(tally.strongestPaths()).isDeepEqualTo(new int[][] {
            {0, 28, 28, 30, 24},
            {25, 0, 28, 33, 24},
            {25, 29, 0, 29, 24},
            {25, 28, 28, 0, 24},
            {25, 28, 28, 31, 0}});
        assertThat(tally.ranking()).containsExactly("E", "A", "C", "B", "D");
        assertThat(tally.winners()).containsExactly("E");
        assertThat(tally.ballots()).isEqualTo(45);
    }

    /** The tie-break order only decides ties: reversing it changes nothing when there are none. */
    @Test
    void withoutTiesTheTieBreakOrderDecidesNothing() {
        List<Ranking> ballots = ballots("5 ACBED; 5 ADECB; 8 BEDAC; 3 CABED; 7 CAEBD; 2 CBADE; 7 DCEBA; 8 EBADC");

        Tally tally = SchulzeCount.count(candidates("A", "B", "C", "D", "E"), ballots,
                List.of("D", "C", "B", "A", "E"), Seating.of(3, 3));

        assertThat(tally.ranking()).containsExactly("E", "A", "C", "B", "D");
        assertThat(tally.winners()).containsExactly("E", "A", "C");
    }

    /** Schulze's second example (30 voters, 4 candidates): D wins though A has the most first preferences. */
    @Test
    void schulzesThirtyVoterExample() {
        List<Ranking> ballots = ballots("5 ACBD; 2 ACDB; 3 ADCB; 4 BACD; 3 CBDA; 3 CDBA; 1 DACB; 5 DBAC; 4 DCBA");

        Tally tally = SchulzeCount.count(candidates("A", "B", "C", "D"), ballots, List.of("A", "B", "C", "D"),
                Seating.of(1, 1));

        assertThat(tally.ranking()).containsExactly("D", "A", "C", "B");
        // Every pairwise contest is between 30 voters who all rank everyone.
        assertThat(tally.preferring("A", "C") + tally.preferring("C", "A")).isEqualTo(30);
    }

    /**
     * One row per rule. Profile: "n ballot" separated by ';' ("A>B=C": A first, B and C tied; one letter per candidate
     * when strict; "-" blank). Pairwise: d by rows, candidates in alphabetical order.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # what it shows            | candidates | profile                   | tie-break | ranking | pairwise
          Condorcet winner         | A B C      | 3 BAC; 2 CAB; 2 ACB       | A B C     | A C B   | 0 4 5,3 0 3,2 4 0
          a cycle, weakest dropped | A B C      | 4 A>B>C; 3 B>C>A; 2 C>A>B | C B A     | A B C   | 0 6 4,3 0 7,5 2 0
          exact tie, the order     | A B        | 1 A>B; 1 B>A              | B A       | B A     | 0 1,1 0
          exact tie, other order   | A B        | 1 A>B; 1 B>A              | A B       | A B     | 0 1,1 0
          ties on a ballot         | A B C      | 2 A=B>C; 1 C>A            | C B A     | A B C   | 0 1 2,0 0 2,1 1 0
          blank ballots            | A B        | 2 -; 1 B>A                | A B       | B A     | 0 0,1 0
          unranked below ranked    | A B C      | 1 A; 1 C                  | C B A     | C A B   | 0 1 1,0 0 0,1 1 0
          only blank ballots       | A B C      | 3 -                       | B C A     | B C A   | 0 0 0,0 0 0,0 0 0
          no ballots at all        | A B C      |                           | C A B     | C A B   | 0 0 0,0 0 0,0 0 0
          a single candidate       | A          | 2 A; 1 -                  | A         | A       | 0
        """)
    void countsByTheRules(String what, String candidates, String profile, String tieBreak, String ranking,
                          String pairwise) {
        List<Ranking> ballots = profile == null ? List.of() : ballots(profile);

        Tally tally = SchulzeCount.count(candidates(words(candidates)), ballots, List.of(words(tieBreak)),
                Seating.of(1, 1));

        assertThat(tally.ranking()).as(what).containsExactly(words(ranking));
        assertThat(tally.pairwise()).as(what).isDeepEqualTo(matrix(pairwise));
        assertThat(tally.winners()).containsExactly(tally.ranking().get(0));
        assertThat(tally.ballots()).isEqualTo(ballots.size());
    }

    @Test
    void aCycleIsResolvedByThePathStrengths() {
        // Rock blunts scissors, scissors cut paper, paper wraps rock; the weakest of the three defeats (5) gives way.
        List<Ranking> ballots = ballots("4 rock>scissors>paper; 3 scissors>paper>rock; 2 paper>rock>scissors");

        Tally tally = SchulzeCount.count(candidates("rock", "paper", "scissors"), ballots,
                List.of("paper", "scissors", "rock"), Seating.of(1, 1));

        assertThat(tally.preferring("paper", "rock")).isEqualTo(5);
        assertThat(tally.preferring("rock", "paper")).isEqualTo(4);
        assertThat(tally.strongestPath("rock", "paper")).isEqualTo(6);
        assertThat(tally.strongestPath("paper", "rock")).isEqualTo(5);
        assertThat(tally.beats("rock", "paper")).isTrue();
        assertThat(tally.ranking()).containsExactly("rock", "scissors", "paper");
    }

    @Test
    void anOrganizationHoldingTheTopTwoRanksGetsOneSeatUnderACapOfOne() {
        List<Contender> candidates = List.of(new Contender("A", "Acme"), new Contender("B", "acme "),
                new Contender("C", "Globex"), new Contender("D", null));

        Tally tally = SchulzeCount.count(candidates, ballots("5 ABCD"), List.of("A", "B", "C", "D"), Seating.of(2, 1));

        assertThat(tally.ranking()).containsExactly("A", "B", "C", "D");
        assertThat(tally.winners()).containsExactly("A", "C");
        assertThat(tally.skippedForCap()).containsExactly("B");
    }

    @ParameterizedTest(name = "continuing {0}, cap {1}: winners {2}, skipped {3}")
    @CsvSource(delimiter = '|', textBlock = """
        # continuing | cap | winners | skipped
                     | 2   | A B C   |
        ACME=1       | 2   | A C D   | B
        ACME=2       | 2   | C D E   | A B
        acme=1 Acme=1| 2   | C D E   | A B
        ACME=1       | 1   | C D E   | A B
        globex=2     | 2   | A B D   | C
        """)
    void continuingMembersCountTowardsTheCap(String continuing, int cap, String winners, String skipped) {
        List<Contender> candidates = List.of(new Contender("A", "acme"), new Contender("B", "Acme"),
                new Contender("C", "globex"), new Contender("D", ""), new Contender("E", null));

        Tally tally = SchulzeCount.count(candidates, ballots("1 ABCDE"), ABCDE,
                new Seating(3, cap, seats(continuing)));

        assertThat(tally.winners()).containsExactly(words(winners));
        assertThat(tally.skippedForCap()).containsExactly(words(skipped));
    }

    @Test
    void skippingStopsOnceTheSeatsAreFull() {
        List<Contender> candidates = List.of(new Contender("A", "acme"), new Contender("B", "acme"),
                new Contender("C", "globex"));

        Tally tally = SchulzeCount.count(candidates, ballots("1 ABC"), List.of("A", "B", "C"), Seating.of(1, 1));

        assertThat(tally.winners()).containsExactly("A");
        assertThat(tally.skippedForCap()).as("B comes after the last seat, so nobody skipped B").isEmpty();
    }

    @Test
    void withFewerEligibleCandidatesThanSeatsEveryEligibleOneWins() {
        List<Contender> candidates = List.of(new Contender("A", "acme"), new Contender("B", "acme"),
                new Contender("C", null));

        Tally tally = SchulzeCount.count(candidates, ballots("1 ABC"), List.of("A", "B", "C"), Seating.of(5, 1));

        assertThat(tally.winners()).containsExactly("A", "C");
        assertThat(tally.skippedForCap()).containsExactly("B");
    }

    /**
     * Why the properties state monotonicity for a ballot that ranks X alone first: with the rest of the ballot free,
     * Schulze (like every Condorcet method) lets one more ballot ranking X first cost X the win, the "no-show paradox".
     * Here B beats everyone, then a ballot B > A > C = D lets A win: its A > D cuts B's only strong path to A.
     */
    @Test
    void aBallotRankingXFirstCanStillCostXTheWin() {
        List<Ranking> ballots = ballots("1 A>B>D>C; 1 B>D>A=C; 1 D>A=B=C; 1 C=D>A>B; 1 D>A=C>B; 1 A=B>C=D; 1 A=B>D>C");
        List<Contender> candidates = candidates("A", "B", "C", "D");
        List<String> order = List.of("A", "B", "C", "D");

        Tally before = SchulzeCount.count(candidates, ballots, order, Seating.of(1, 1));
        List<Ranking> more = new ArrayList<>(ballots);
        more.add(ballot("B>A>C=D"));
        Tally after = SchulzeCount.count(candidates, more, order, Seating.of(1, 1));

        assertThat(List.of("A", "C", "D")).allSatisfy(other -> assertThat(before.beats("B", other)).isTrue());
        assertThat(List.of("B", "C", "D")).allSatisfy(other -> assertThat(after.beats("A", other)).isTrue());
        assertThat(after.winners()).containsExactly("A");
    }

    @Test
    void refusesBallotsNamingSomeoneWhoIsNotACandidate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SchulzeCount.count(candidates("A", "B"), List.of(ballot("A>Z")),
                        List.of("A", "B"), Seating.of(1, 1)))
                .withMessageContaining("Z");
    }

    @Test
    void refusesACandidateStandingTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> SchulzeCount.count(
                List.of(new Contender("A", "x"), new Contender("A", "y")), List.of(), List.of("A"), Seating.of(1, 1)));
    }

    @Test
    void theTieBreakOrderMustNameEveryCandidateOnce() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SchulzeCount.count(candidates("A", "B"), List.of(), List.of("A"), Seating.of(1, 1)))
                .withMessageContaining("leaves out B");
        assertThatIllegalArgumentException().isThrownBy(() -> SchulzeCount.count(candidates("A", "B"), List.of(),
                List.of("A", "B", "A"), Seating.of(1, 1)));
        // Someone who withdrew after the order was published is simply passed over.
        assertThat(SchulzeCount.count(candidates("A", "B"), List.of(), List.of("W", "B", "A"), Seating.of(1, 1))
                .ranking()).containsExactly("B", "A");
    }

    @Test
    void aRankingNamesEachCandidateOnceInGroupsThatAreNotEmpty() {
        assertThatIllegalArgumentException().isThrownBy(() -> ballot("A>B>A"));
        assertThatIllegalArgumentException().isThrownBy(() -> ballot("A=B>C=B"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Ranking(List.of(Set.of())));
        assertThatIllegalArgumentException().isThrownBy(() -> new Ranking(null));
        assertThat(Ranking.blank().isBlank()).isTrue();
        assertThat(ballot("B=C>A").places()).isEqualTo(Map.of("B", 1, "C", 1, "A", 2));
    }

    @Test
    void seatingRefusesWhatCannotBeFilled() {
        assertThatIllegalArgumentException().isThrownBy(() -> Seating.of(0, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> Seating.of(3, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Seating(3, 2, Map.of("acme", -1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Seating(3, 2, Map.of(" ", 1)));
        assertThat(new Seating(3, 2, Map.of("Acme", 1, "ACME ", 1)).continuingByKey()).isEqualTo(Map.of("acme", 2));
    }

    @Test
    void aTallyCannotBeChangedThroughItsMatrices() {
        Tally tally = SchulzeCount.count(candidates("A", "B"), ballots("1 AB"), List.of("A", "B"), Seating.of(1, 1));

        tally.pairwise()[0][1] = 99;
        tally.strongestPaths()[0][1] = 99;

        assertThat(tally.preferring("A", "B")).isEqualTo(1);
        assertThat(tally.strongestPath("A", "B")).isEqualTo(1);
        assertThat(tally).isEqualTo(SchulzeCount.count(candidates("A", "B"), ballots("1 AB"), List.of("A", "B"),
                Seating.of(1, 1)));
    }

    private static String[] words(String text) {
        return text == null || text.isBlank() ? new String[0] : text.strip().split("\\s+");
    }

    private static int[][] matrix(String rows) {
        return Arrays.stream(rows.split(",")).map(row -> Arrays.stream(words(row)).mapToInt(Integer::parseInt)
                .toArray()).toArray(int[][]::new);
    }

    private static Map<String, Integer> seats(String continuing) {
        Map<String, Integer> seats = new HashMap<>();
        for (String entry : words(continuing)) {
            String[] parts = entry.split("=");
            seats.put(parts[0], Integer.parseInt(parts[1]));
        }
        return seats;
    }
}
