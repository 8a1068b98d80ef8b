package org.openanolis.governance.election.tally;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The count of an election, everything the published result shows (DOMAIN.md "Published result"). Immutable: the
 * matrices are copied in and out, so a tally can be stored and compared without anyone changing it underneath.
 *
 * @param candidates     candidate ids in input order; the matrices are indexed in this order
 * @param pairwise       d[i][j], the number of ballots preferring candidate i to candidate j
 * @param strongestPaths p[i][j], the strength of the strongest path from i to j (winning votes)
 * @param ranking        every candidate, best first, ties broken by the tie-break order
 * @param winners        the winners in the order seated
 * @param skippedForCap  the candidates passed over because their organization would exceed the cap, in ranking order
 * @param ballots        the number of ballots counted, blank ones included
 */
public record Tally(List<String> candidates, int[][] pairwise, int[][] strongestPaths, List<String> ranking,
                    List<String> winners, List<String> skippedForCap, int ballots) {

    public Tally {
        candidates = List.copyOf(candidates);
        pairwise = copy(pairwise, candidates.size());
        strongestPaths = copy(strongestPaths, candidates.size());
        ranking = List.copyOf(ranking);
        winners = List.copyOf(winners);
        skippedForCap = List.copyOf(skippedForCap);
    }

    @Override
    public int[][] pairwise() {
        return copy(pairwise, candidates.size());
    }

    @Override
    public int[][] strongestPaths() {
        return copy(strongestPaths, candidates.size());
    }

    /** d[i][j] by candidate id: the ballots preferring {@code preferred} to {@code other}. */
    public int preferring(String preferred, String other) {
        return pairwise[indexOf(preferred)][indexOf(other)];
    }

    /** p[i][j] by candidate id. */
    public int strongestPath(String from, String to) {
        return strongestPaths[indexOf(from)][indexOf(to)];
    }

    /** Whether {@code one} beats {@code other} in the Schulze sense: p[one][other] > p[other][one]. */
    public boolean beats(String one, String other) {
        return strongestPath(one, other) > strongestPath(other, one);
    }

    private int indexOf(String candidate) {
        int index = candidates.indexOf(candidate);
        if (index < 0) {
            throw new IllegalArgumentException("Not a candidate of this count: " + candidate);
        }
        return index;
    }

    private static int[][] copy(int[][] matrix, int size) {
        if (matrix.length != size) {
            throw new IllegalArgumentException("One row per candidate: " + matrix.length + ", not " + size);
        }
        int[][] copy = new int[size][];
        for (int i = 0; i < size; i++) {
            if (matrix[i].length != size) {
                throw new IllegalArgumentException("A matrix needs one column per candidate, row " + i);
            }
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    // Arrays compare by identity in a record's generated methods; two counts of the same ballots must be equal.
    @Override
    public boolean equals(Object other) {
        return other instanceof Tally that && ballots == that.ballots && candidates.equals(that.candidates)
                && Arrays.deepEquals(pairwise, that.pairwise) && Arrays.deepEquals(strongestPaths, that.strongestPaths)
                && ranking.equals(that.ranking) && winners.equals(that.winners)
                && skippedForCap.equals(that.skippedForCap);
    }

    @Override
    public int hashCode() {
        return Objects.hash(candidates, Arrays.deepHashCode(pairwise), Arrays.deepHashCode(strongestPaths), ranking,
                winners, skippedForCap, ballots);
    }

    @Override
    public String toString() {
        return "Tally[candidates=" + candidates + ", pairwise=" + Arrays.deepToString(pairwise) + ", strongestPaths="
                + Arrays.deepToString(strongestPaths) + ", ranking=" + ranking + ", winners=" + winners
                + ", skippedForCap=" + skippedForCap + ", ballots=" + ballots + "]";
    }
}
