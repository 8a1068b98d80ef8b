package org.openanolis.governance.sig;

import java.time.Instant;
import java.util.List;

/**
 * What the record says of a SIG's twelve months before its annual report opened ({@code from} to {@code to}), kept
 * as it was then: its leads and repositories, the leads added and removed, the projects it sponsors with their stage
 * changes, its cases and what it did (check-ins, endorsements, reviews).
 */
public record ReportFacts(Instant from, Instant to, List<String> chairs, List<String> techLeads,
                          List<String> repositories, List<LeadFact> leadsAdded, List<LeadFact> leadsRemoved,
                          List<ProjectFact> projects, List<CaseFact> cases, List<ActivityFact> activity) {

    /** A person who became, or stopped being, a chair or tech lead. */
    public record LeadFact(String person, String role, Instant at) {
    }

    /** A sponsored project, its stage now, and the stages it reached in the period. */
    public record ProjectFact(String name, String stage, List<StageFact> stageChanges) {
    }

    public record StageFact(String stage, Instant at) {
    }

    /** A case about the SIG opened in the period, and where it stands. */
    public record CaseFact(String type, String id, String name, String status, Instant submittedAt) {
    }

    /** An entry of the SIG's own history in the period. */
    public record ActivityFact(Instant at, String event, String actor, String comment) {
    }
}
