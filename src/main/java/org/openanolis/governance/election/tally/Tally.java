package org.openanolis.governance.election.tally;

import java.util.List;

/**
 * The count: candidate ids in input order, {@code pairwise[i][j]} the ballots preferring candidate i to j, the
 * strongest paths, the full ranking (best first, ties broken by the tie-break order), the winners in the order
 * seated, who was skipped for the cap (in ranking order), and the number of ballots counted.
 */
public record Tally(List<String> candidates, int[][] pairwise, int[][] strongestPaths, List<String> ranking,
                    List<String> winners, List<String> skippedForCap, int ballots) {
}
