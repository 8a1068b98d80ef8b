package org.openanolis.governance.people;

/** The group ids that carry governance roles (DOMAIN.md, "Bodies and people"). */
public final class Groups {

    public static final String STEERING_COMMITTEE = "steering-committee";
    public static final String COMMITTEE_CHAIR = "committee-chair";
    public static final String COMMUNITY_OPS = "community-ops";
    public static final String COMPATIBILITY_REVIEWERS = "compatibility-reviewers";
    public static final String ADMINISTRATORS = "camunda-admin";
    /** Who open elections, decide exceptions to the voter roll and certify the count (DOMAIN.md "Elections"). */
    public static final String ELECTION_OFFICERS = "election-officers";

    private Groups() {
    }
}
