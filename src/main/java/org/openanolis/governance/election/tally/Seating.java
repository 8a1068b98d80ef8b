package org.openanolis.governance.election.tally;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How seats are filled (DOMAIN.md "Elections": the cap counts the whole committee after the election, continuing
 * members included).
 *
 * @param seats              S, the seats to fill, at least one
 * @param maxPerOrganization the cap: seats one organization may hold after the election, at least one
 * @param continuingSeats    seats organizations already hold through continuing members; keys compared without regard
 *                           to case, so "Alibaba" and "alibaba" add up
 */
public record Seating(int seats, int maxPerOrganization, Map<String, Integer> continuingSeats) {

    public Seating {
        if (seats < 1) {
            throw new IllegalArgumentException("An election fills at least one seat: " + seats);
        }
        if (maxPerOrganization < 1) {
            throw new IllegalArgumentException("The cap per organization is at least one: " + maxPerOrganization);
        }
        continuingSeats = continuingSeats == null ? Map.of() : Map.copyOf(continuingSeats);
        continuingSeats.forEach((organization, held) -> {
            if (organizationKey(organization) == null || held < 0) {
                throw new IllegalArgumentException("Continuing seats need an organization and a count of at least 0: "
                        + organization + "=" + held);
            }
        });
    }

    /** Seats without continuing members. */
    public static Seating of(int seats, int maxPerOrganization) {
        return new Seating(seats, maxPerOrganization, Map.of());
    }

    /** The continuing seats by organization key (see {@link #organizationKey}). */
    public Map<String, Integer> continuingByKey() {
        Map<String, Integer> byKey = new HashMap<>();
        continuingSeats.forEach((organization, held) -> byKey.merge(organizationKey(organization), held, Integer::sum));
        return byKey;
    }

    /** How the cap compares organizations: trimmed, lower case, null when there is none. */
    static String organizationKey(String organization) {
        if (organization == null || organization.isBlank()) {
            return null;
        }
        return organization.strip().toLowerCase(Locale.ROOT);
    }
}
