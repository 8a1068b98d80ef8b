package org.openanolis.governance.election.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openanolis.governance.election.BallotForm;

import lombok.Getter;
import lombok.Setter;

/**
 * The ranking form exactly as sent: each candidate's chosen rank ({@code ranks[paul]=1}, empty for "not ranked")
 * and, to vote again, the previous receipt.
 */
@Getter
@Setter
public class BallotInput {

    private Map<String, String> ranks = new LinkedHashMap<>();
    private String receipt;

    /** The ranked candidates only; a rank that is no whole number is refused by the service as out of range. */
    BallotForm toForm() {
        Map<String, Integer> ranked = new LinkedHashMap<>();
        ranks.forEach((candidate, rank) -> {
            Integer number = Numbers.typed(rank);
            if (number != null) {
                ranked.put(candidate, number);
            }
        });
        return new BallotForm(ranked, receipt);
    }
}
