package org.openanolis.governance.election;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The count of an election as it is published once certified (DOMAIN.md "Published result"): the candidates with
 * their organizations and tie-break digests, the pairwise matrix ({@code pairwise[i][j]}: ballots preferring the i-th
 * candidate to the j-th) and the strongest paths, the full ranking, the winners, who was skipped for the cap, the
 * seats that continuing members keep per organization, the turnout, and the key that hashes receipts, so that anyone
 * can recount the published ballots and find their own.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ElectionResult(String electionId, int seats, int maxPerOrganization, List<Candidate> candidates,
                             List<String> tieBreakOrder, int[][] pairwise, int[][] strongestPaths, List<String> ranking,
                             List<String> winners, List<String> skippedForCap, Map<String, Integer> continuingSeats,
                             int ballots, int voters, Instant countedAt, String certifiedBy, Instant certifiedAt,
                             String receiptKey) {

    /** A candidate as counted: id, organization, and the SHA-256 digest that places them in the tie-break order. */
    public record Candidate(String id, String organization, String tieBreakDigest) {
    }

    /** Turnout in percent, one decimal. */
    public double turnout() {
        return voters == 0 ? 0 : Math.round(ballots * 1000.0 / voters) / 10.0;
    }

    ElectionResult certified(String by, Instant at, String key) {
        return new ElectionResult(electionId, seats, maxPerOrganization, candidates, tieBreakOrder, pairwise,
                strongestPaths, ranking, winners, skippedForCap, continuingSeats, ballots, voters, countedAt, by, at,
                key);
    }
}
