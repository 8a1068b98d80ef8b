package org.openanolis.governance.onboarding;

import java.time.Instant;

/** A stage the project held from {@code at}, by the decision of the case {@code caseId}. */
public record MaturityLogEntry(ProjectStage stage, Instant at, String caseId) {
}
