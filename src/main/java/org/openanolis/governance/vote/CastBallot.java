package org.openanolis.governance.vote;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A final ballot as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CastBallot(String member, BallotChoice vote, String reason, Instant castAt) {
}
