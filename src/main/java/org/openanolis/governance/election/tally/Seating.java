package org.openanolis.governance.election.tally;

import java.util.Map;

/**
 * How seats are filled: how many, the cap per organization, and the seats organizations already hold through
 * continuing members (keys compared without regard to case).
 */
public record Seating(int seats, int maxPerOrganization, Map<String, Integer> continuingSeats) {

    public Seating {
        continuingSeats = Map.copyOf(continuingSeats);
    }
}
