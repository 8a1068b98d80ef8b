package org.openanolis.governance.election.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The invariants of the count for every election, not only the worked examples. */
class SchulzeCountProperties {

    private static final List<String> ORGANIZATIONS = Arrays.asList("acme", "ACME", "globex", "initech", null);

    /** An election: candidates with organizations, ballots, the published order and the seats. */
    record Election(List<Contender> candidates, List<Ranking> ballots, List<String> tieBreakOrder, Seating seating) {

        Tally count() {
            return SchulzeCount.count(candidates, ballots, tieBreakOrder, seating);
        }

        Election withBallots(List<Ranking> others) {
            return new Election(candidates, others, tieBreakOrder, seating);
        }

        List<String> ids() {
            return candidates.stream().map(Contender::id).toList();
        }
    }

    @Property(tries = 500)
    void aCondorcetWinnerAlwaysRanksFirst(@ForAll("elections") Election election, @ForAll @IntRange(max = 6) int pick) {
        List<String> ids = election.ids();
        String favourite = ids.get(pick % ids.size());
        // Enough ballots ranking the favourite alone first to win every pairwise contest, counted here by hand.
        int deficit = 0;
        for (String other : ids) {
            if (!other.equals(favourite)) {
                deficit = Math.max(deficit, prefer(election.ballots(), other, favourite)
                        - prefer(election.ballots(), favourite, other));
            }
        }
        List<Ranking> ballots = new ArrayList<>(election.ballots());
        ballots.addAll(Collections.nCopies(deficit + 1, Ranking.strict(favourite)));

        Tally tally = election.withBallots(ballots).count();

        assertThat(tally.ranking().get(0)).isEqualTo(favourite);
    }

    /**
     * Monotonicity, for a ballot that ranks X alone first (the others tied below): nobody who did not beat X beats X
     * afterwards, X still beats everyone it beat, and a first X stays first. Stated for the Schulze relation rather
     * than X's place: the extra ballot can reorder the others, and the published order can then seat one of them
     * before X although nothing changed between X and them. With the rest of the ballot free, even this fails (the
     * no-show paradox, SchulzeCountTests#aBallotRankingXFirstCanStillCostXTheWin).
     */
    @Property(tries = 500)
    void aBallotRankingXFirstNeverLowersX(@ForAll("elections") Election election, @ForAll @IntRange(max = 6) int pick) {
        List<String> ids = election.ids();
        String x = ids.get(pick % ids.size());
        List<Ranking> more = new ArrayList<>(election.ballots());
        more.add(Ranking.strict(x));

        Tally before = election.count();
        Tally after = election.withBallots(more).count();

        for (String other : ids) {
            if (!other.equals(x)) {
                if (before.beats(x, other)) {
                    assertThat(after.beats(x, other)).as("%s still beats %s", x, other).isTrue();
                }
                if (!before.beats(other, x)) {
                    assertThat(after.beats(other, x)).as("%s does not start beating %s", other, x).isFalse();
                }
            }
        }
        if (before.ranking().get(0).equals(x)) {
            assertThat(after.ranking().get(0)).isEqualTo(x);
        }
    }

    @Property(tries = 300)
    void theResultDoesNotDependOnTheOrderOfTheBallots(@ForAll("elections") Election election,
                                                      @ForAll Random random) {
        List<Ranking> shuffled = new ArrayList<>(election.ballots());
        Collections.shuffle(shuffled, random);

        assertThat(election.withBallots(shuffled).count()).isEqualTo(election.count());
    }

    @Property(tries = 500)
    void theWinnersNeverBreakTheCapAndFillEverySeatTheyCan(@ForAll("elections") Election election) {
        Tally tally = election.count();

        Map<String, Integer> held = new HashMap<>(election.seating().continuingByKey());
        Map<String, String> organizationOf = new HashMap<>();
        election.candidates().forEach(c -> organizationOf.put(c.id(), c.organizationKey()));
        for (String winner : tally.winners()) {
            String organization = organizationOf.get(winner);
            if (organization != null) {
                held.merge(organization, 1, Integer::sum);
                assertThat(held.get(organization)).as("seats of %s", organization)
                        .isLessThanOrEqualTo(election.seating().maxPerOrganization());
            }
        }
        assertThat(tally.winners()).hasSizeLessThanOrEqualTo(election.seating().seats());
        if (tally.winners().size() < election.seating().seats()) {
            List<String> losers = new ArrayList<>(tally.ranking());
            losers.removeAll(tally.winners());
            assertThat(tally.skippedForCap()).as("a seat stays empty only when everyone left is capped")
                    .isEqualTo(losers);
        }
        assertThat(isInOrder(tally.winners(), tally.ranking())).as("winners seated down the ranking").isTrue();
        assertThat(isInOrder(tally.skippedForCap(), tally.ranking())).isTrue();
        assertThat(tally.skippedForCap()).noneMatch(tally.winners()::contains);
    }

    @Property(tries = 500)
    void theRankingIsAPermutationOfTheCandidatesThatRespectsWhoBeatsWhom(@ForAll("elections") Election election) {
        Tally tally = election.count();

        assertThat(tally.ranking()).containsExactlyInAnyOrderElementsOf(election.ids());
        List<String> ranking = tally.ranking();
        for (int above = 0; above < ranking.size(); above++) {
            for (int below = above + 1; below < ranking.size(); below++) {
                assertThat(tally.beats(ranking.get(below), ranking.get(above)))
                        .as("%s ranked below %s beats them", ranking.get(below), ranking.get(above)).isFalse();
            }
        }
    }

    @Property(tries = 300)
    void thePairwiseCountsAreTheBallotsPreferences(@ForAll("elections") Election election) {
        Tally tally = election.count();

        for (String one : election.ids()) {
            for (String other : election.ids()) {
                assertThat(tally.preferring(one, other)).isEqualTo(prefer(election.ballots(), one, other));
            }
        }
        assertThat(tally.ballots()).isEqualTo(election.ballots().size());
    }

    @Provide
    Arbitrary<Election> elections() {
        return Arbitraries.integers().between(1, 7).flatMap(size -> {
            List<String> ids = IntStream.range(0, size).mapToObj(i -> "c" + i).toList();
            Arbitrary<List<Contender>> candidates = Arbitraries.of(ORGANIZATIONS).list().ofSize(size)
                    .map(orgs -> IntStream.range(0, size).mapToObj(i -> new Contender(ids.get(i), orgs.get(i)))
                            .toList());
            Arbitrary<List<Ranking>> ballots = ballot(ids).list().ofMaxSize(40);
            Arbitrary<List<String>> order = Arbitraries.shuffle(ids);
            Arbitrary<Seating> seating = Combinators.combine(Arbitraries.integers().between(1, 8),
                    Arbitraries.integers().between(1, 3), continuing()).as(Seating::new);
            return Combinators.combine(candidates, ballots, order, seating).as(Election::new);
        });
    }

    /** A ballot gives each candidate a place or leaves them unranked (-1); the places become its groups. */
    private static Arbitrary<Ranking> ballot(List<String> ids) {
        return Arbitraries.integers().between(-1, ids.size()).list().ofSize(ids.size()).map(places -> {
            TreeMap<Integer, Set<String>> groups = new TreeMap<>();
            for (int i = 0; i < ids.size(); i++) {
                if (places.get(i) >= 0) {
                    groups.computeIfAbsent(places.get(i), p -> new LinkedHashSet<>()).add(ids.get(i));
                }
            }
            return new Ranking(new ArrayList<>(groups.values()));
        });
    }

    private static Arbitrary<Map<String, Integer>> continuing() {
        return Arbitraries.maps(Arbitraries.of("acme", "Acme", "globex", "umbrella"), Arbitraries.integers()
                .between(0, 3)).ofMaxSize(3);
    }

    /** The ballots placing {@code one} above {@code other}, straight from the groups. */
    private static int prefer(List<Ranking> ballots, String one, String other) {
        int count = 0;
        for (Ranking ballot : ballots) {
            Map<String, Integer> places = ballot.places();
            int placeOfOne = places.getOrDefault(one, Integer.MAX_VALUE);
            int placeOfOther = places.getOrDefault(other, Integer.MAX_VALUE);
            if (placeOfOne < placeOfOther) {
                count++;
            }
        }
        return count;
    }

    private static boolean isInOrder(List<String> subsequence, List<String> sequence) {
        int at = 0;
        for (String id : sequence) {
            if (at < subsequence.size() && subsequence.get(at).equals(id)) {
                at++;
            }
        }
        return at == subsequence.size();
    }
}
