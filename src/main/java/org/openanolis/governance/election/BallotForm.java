package org.openanolis.governance.election;

import java.util.Map;

/**
 * The body of POST /api/elections/{id}/ballots: each ranked candidate's rank (1 is the most preferred; equal ranks
 * are ties; a candidate left out ranks below every ranked one), and, to cast again, the receipt of the ballot it
 * replaces.
 */
public record BallotForm(Map<String, Integer> ranks, String receipt) {
}
