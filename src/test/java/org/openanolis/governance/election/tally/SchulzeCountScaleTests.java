package org.openanolis.governance.election.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md "Scale": 2,000 ballots and 20 candidates counted exactly. Checked against a reference written the slow,
 * obvious way (each pair looked up in each ballot's groups; strongest paths by relaxing until nothing changes), so a
 * shortcut in the fast count would show as a difference.
 */
class SchulzeCountScaleTests {

    private static final int CANDIDATES = 20;
    private static final int BALLOTS = 2_000;

    @Test
    void twoThousandBallotsAndTwentyCandidatesAreCountedExactly() {
        Random random = new Random(20);
        List<String> ids = IntStream.range(0, CANDIDATES).mapToObj(i -> "candidate-" + i).toList();
        List<Contender> candidates = IntStream.range(0, CANDIDATES)
                .mapToObj(i -> new Contender(ids.get(i), "org-" + (i % 7))).toList();
        List<Ranking> ballots = IntStream.range(0, BALLOTS).mapToObj(b -> randomBallot(ids, random)).toList();
        List<String> order = TieBreakOrder.of("scale", ids);

        Tally tally = SchulzeCount.count(candidates, ballots, order, Seating.of(7, 2));

        int[][] d = referencePairwise(ids, ballots);
        int[][] p = referenceStrongestPaths(d);
        assertThat(tally.pairwise()).isDeepEqualTo(d);
        assertThat(tally.strongestPaths()).isDeepEqualTo(p);
        assertThat(tally.ranking()).isEqualTo(referenceRanking(ids, p, order));
        assertThat(tally.ballots()).isEqualTo(BALLOTS);
        assertThat(tally.winners()).hasSize(7);
    }

    /** Voters who mostly agree on a popular few, rank some candidates, tie now and then, and a few leave it blank. */
    private static Ranking randomBallot(List<String> ids, Random random) {
        if (random.nextInt(50) == 0) {
            return Ranking.blank();
        }
        Map<String, Double> score = new HashMap<>();
        ids.forEach(id -> score.put(id, ids.indexOf(id) + random.nextGaussian() * 8));
        List<String> shuffled = new ArrayList<>(ids);
        shuffled.sort(Comparator.comparing(score::get));
        int ranked = 1 + random.nextInt(ids.size());
        List<Set<String>> groups = new ArrayList<>();
        for (String id : shuffled.subList(0, ranked)) {
            if (!groups.isEmpty() && random.nextInt(5) == 0) {
                groups.get(groups.size() - 1).add(id);
            } else {
                groups.add(new LinkedHashSet<>(Set.of(id)));
            }
        }
        return new Ranking(groups);
    }

    private static int[][] referencePairwise(List<String> ids, List<Ranking> ballots) {
        int[][] d = new int[ids.size()][ids.size()];
        for (Ranking ballot : ballots) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = 0; j < ids.size(); j++) {
                    if (groupOf(ballot, ids.get(i)) < groupOf(ballot, ids.get(j))) {
                        d[i][j]++;
                    }
                }
            }
        }
        return d;
    }

    private static int groupOf(Ranking ballot, String id) {
        for (int g = 0; g < ballot.groups().size(); g++) {
            if (ballot.groups().get(g).contains(id)) {
                return g;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Widest paths by repeated relaxation over every edge until a full pass changes nothing. */
    private static int[][] referenceStrongestPaths(int[][] d) {
        int n = d.length;
        int[][] p = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i][j] = i != j && d[i][j] > d[j][i] ? d[i][j] : 0;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int from = 0; from < n; from++) {
                for (int via = 0; via < n; via++) {
                    for (int to = 0; to < n; to++) {
                        if (from != to && via != from && via != to && d[via][to] > d[to][via]) {
                            int widened = Math.min(p[from][via], d[via][to]);
                            if (widened > p[from][to]) {
                                p[from][to] = widened;
                                changed = true;
                            }
                        }
                    }
                }
            }
        }
        return p;
    }

    private static List<String> referenceRanking(List<String> ids, int[][] p, List<String> order) {
        List<String> remaining = new ArrayList<>(order);
        List<String> ranking = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = remaining.stream().filter(candidate -> remaining.stream().noneMatch(other -> {
                int c = ids.indexOf(candidate);
                int o = ids.indexOf(other);
                return p[o][c] > p[c][o];
            })).findFirst().orElseThrow();
            remaining.remove(next);
            ranking.add(next);
        }
        return ranking;
    }
}
