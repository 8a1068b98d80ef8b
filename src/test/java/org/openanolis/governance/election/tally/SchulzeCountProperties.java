package org.openanolis.governance.election.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the count must always do, over random elections of 2 to 7 candidates and up to 60 ballots. */
class SchulzeCountProperties {

    record Election(List<Contender> candidates, List<Ranking> ballots, List<String> order, Seating seating) {

        Tally count() {
            return SchulzeCount.count(candidates, ballots, order, seating);
        }

        Election with(List<Ranking> others) {
            return new Election(candidates, others, order, seating);
        }
    }

    @Property
    void aCondorcetWinnerAlwaysWins(@ForAll("elections") Election election) {
        Tally tally = election.count();
        int[][] d = tally.pairwise();
        for (int x = 0; x < d.length; x++) {
            int candidate = x;
            boolean beatsEveryone = IntStream.range(0, d.length).allMatch(y -> y == candidate || d[candidate][y] > d[y][candidate]);
            if (beatsEveryone) {
                assertThat(tally.ranking().get(0)).isEqualTo(tally.candidates().get(x));
            }
        }
    }

    /**
     * Adding a ballot that ranks X first (and nobody else) never makes anyone beat X who did not, nor unseats X as
     * first: it only strengthens X's links. Not claimed for a ballot that also orders the others: the Schulze
     * method fails the participation criterion, and such a ballot can weaken a path that X's lead relied on.
     */
    @Property
    void aBallotRankingXFirstNeverLowersX(@ForAll("elections") Election election, @ForAll long seed) {
        Tally before = election.count();
        String x = before.candidates().get((int) Math.floorMod(seed, (long) before.candidates().size()));
        List<Ranking> more = new ArrayList<>(election.ballots());
        more.add(new Ranking(List.of(Set.of(x))));
        Tally after = election.with(more).count();

        assertThat(beatersOf(x, after)).isSubsetOf(beatersOf(x, before));
        if (before.ranking().get(0).equals(x)) {
            assertThat(after.ranking().get(0)).isEqualTo(x);
        }
        assertThat(after.ranking().indexOf(x)).isLessThanOrEqualTo(before.ranking().indexOf(x));
    }

    @Property
    void theResultDoesNotDependOnBallotOrder(@ForAll("elections") Election election, @ForAll long seed) {
        List<Ranking> shuffled = new ArrayList<>(election.ballots());
        Collections.shuffle(shuffled, new Random(seed));
        Tally before = election.count();
        Tally after = election.with(shuffled).count();

        assertThat(after.pairwise()).isDeepEqualTo(before.pairwise());
        assertThat(after.ranking()).isEqualTo(before.ranking());
        assertThat(after.winners()).isEqualTo(before.winners());
    }

    @Property
    void theRankingIsEveryCandidateOnceAndTheWinnersKeepTheCap(@ForAll("elections") Election election) {
        Tally tally = election.count();

        assertThat(tally.ranking()).containsExactlyInAnyOrderElementsOf(tally.candidates());
        Map<String, Integer> held = new HashMap<>(election.seating().continuingSeats());
        Map<String, String> organizations = new HashMap<>();
        election.candidates().forEach(c -> organizations.put(c.id(), c.organization()));
        tally.winners().forEach(w -> held.merge(organizations.get(w), 1, Integer::sum));
        assertThat(held.values()).allMatch(seats -> seats <= election.seating().maxPerOrganization());
        assertThat(tally.winners()).hasSizeLessThanOrEqualTo(election.seating().seats());
    }

    /** The count agrees with a pairwise matrix counted the slowest way, ballot by ballot and pair by pair. */
    @Property
    void thePairwiseMatrixCountsEveryBallot(@ForAll("elections") Election election) {
        Tally tally = election.count();
        List<String> ids = tally.candidates();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = 0; j < ids.size(); j++) {
                int prefer = 0;
                for (Ranking ballot : election.ballots()) {
                    if (i != j && place(ballot, ids.get(i)) < place(ballot, ids.get(j))) {
                        prefer++;
                    }
                }
                assertThat(tally.pairwise()[i][j]).isEqualTo(prefer);
            }
        }
    }

    private static int place(Ranking ballot, String candidate) {
        for (int g = 0; g < ballot.groups().size(); g++) {
            if (ballot.groups().get(g).contains(candidate)) {
                return g;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Set<String> beatersOf(String x, Tally tally) {
        int i = tally.candidates().indexOf(x);
        int[][] p = tally.strongestPaths();
        Set<String> beaters = new LinkedHashSet<>();
        for (int j = 0; j < p.length; j++) {
            if (p[j][i] > p[i][j]) {
                beaters.add(tally.candidates().get(j));
            }
        }
        return beaters;
    }

    @Provide
    Arbitrary<Election> elections() {
        return Arbitraries.integers().between(2, 7).flatMap(n -> {
            List<String> ids = IntStream.range(0, n).mapToObj(i -> "c" + i).toList();
            Arbitrary<List<Contender>> candidates = Arbitraries.of("Acme", "Globex", "Initech").list().ofSize(n)
                    .map(orgs -> IntStream.range(0, n).mapToObj(i -> new Contender(ids.get(i), orgs.get(i))).toList());
            Arbitrary<Ranking> ballot = Arbitraries.integers().between(0, n).list().ofSize(n).map(places -> {
                Map<Integer, Set<String>> groups = new java.util.TreeMap<>();
                for (int i = 0; i < n; i++) {
                    if (places.get(i) < n) {
                        groups.computeIfAbsent(places.get(i), k -> new LinkedHashSet<>()).add(ids.get(i));
                    }
                }
                return new Ranking(List.copyOf(groups.values()));
            });
            Arbitrary<Seating> seating = Combinators.combine(Arbitraries.integers().between(1, n),
                    Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 1))
                    .as((seats, cap, acme) -> new Seating(seats, cap, acme == 0 ? Map.of() : Map.of("Acme", 1)));
            return Combinators.combine(candidates, ballot.list().ofMaxSize(60), Arbitraries.shuffle(ids), seating)
                    .as(Election::new);
        });
    }
}
