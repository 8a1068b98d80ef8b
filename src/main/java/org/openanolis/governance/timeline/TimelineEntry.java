package org.openanolis.governance.timeline;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One thing that happened to a case. {@code actor} is a user id, or {@code system} for the engine's own moves. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(Instant at, String event, String actor, String comment) {
}
