package org.openanolis.governance.election;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A nomination (DOMAIN.md "Elections"): the candidate, their organization as the roll froze it, the statement, who
 * nominated them, whether they accepted, and who endorsed them. It counts when accepted and endorsed by 3 voters of at
 * least 2 organizations other than the candidate's.
 */
public record Candidacy(String person, String organization, String statement, String nominatedBy,
                        Instant nominatedAt, Instant acceptedAt, List<Endorsement> endorsements) {

    public static final int ENDORSERS = 3;
    public static final int ENDORSING_ORGANIZATIONS = 2;

    /** An endorsement by a voter, with their organization as the roll froze it. */
    public record Endorsement(String endorser, String organization, Instant endorsedAt) {
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    /** The endorsements that count: those of voters from other organizations than the candidate's. */
    public List<Endorsement> countingEndorsements() {
        return endorsements.stream().filter(e -> !sameOrganization(e.organization(), organization)).toList();
    }

    /**
     * Whether the candidacy counts. A voter without an organization counts as an organization of their own, so that
     * independents can endorse.
     */
    public boolean counts() {
        List<Endorsement> counting = countingEndorsements();
        long organizations = counting.stream()
                .map(e -> blank(e.organization()) ? "person:" + e.endorser() : e.organization().toLowerCase(Locale.ROOT))
                .distinct().count();
        return isAccepted() && counting.size() >= ENDORSERS && organizations >= ENDORSING_ORGANIZATIONS;
    }

    private static boolean sameOrganization(String one, String other) {
        return !blank(one) && !blank(other) && Objects.equals(one.toLowerCase(Locale.ROOT), other.toLowerCase(Locale.ROOT));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
