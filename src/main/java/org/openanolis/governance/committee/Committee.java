package org.openanolis.governance.committee;

import java.time.Instant;
import java.util.List;

/** The steering committee as GET /api/committee shows it: its members now, and those who served before. */
public record Committee(List<Member> members, List<Emeritus> emeritus) {

    /** A member; {@code since} is null for a member of the first committee, appointed before the record began. */
    public record Member(String id, String name, String organization, boolean chair, Instant since) {
    }

    /** A former member, with the dates of their term where they are on record and the case that ended it. */
    public record Emeritus(String id, String name, Instant from, Instant until, String removedBy) {
    }
}
