package org.openanolis.governance.vote;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A vote as the API shows it. Counts and ballots are null while the vote is open unless the reader
 * is a committee member or an administrator, so nobody else can follow the running score.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoteView(String id, int round, Threshold threshold, int electorate, int quorum, List<String> recused,
                       Instant opensAt, Instant closesAt, boolean extended, VoteOutcome outcome, Instant closedAt,
                       Integer approvals, Integer rejections, Integer abstentions, List<String> notVoted,
                       List<CastBallot> ballots) {
}
