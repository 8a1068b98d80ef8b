package org.openanolis.governance.election.tally;

/**
 * A candidate and their organization, which the cap counts.
 *
 * @param id           the candidate's user id, as ballots name them
 * @param organization null or blank: none, never capped
 */
public record Contender(String id, String organization) {

    public Contender {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A candidate needs an id");
        }
    }

    /** The organization as the cap compares it (without regard to case or surrounding spaces), or null for none. */
    public String organizationKey() {
        return Seating.organizationKey(organization);
    }
}
