package org.openanolis.governance.election.tally;

/** A candidate and their organization (null or blank: none, never capped). */
public record Contender(String id, String organization) {
}
