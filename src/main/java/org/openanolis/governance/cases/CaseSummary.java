package org.openanolis.governance.cases;

import java.time.Instant;

import org.openanolis.governance.casetype.CaseType;

/** A case in a list of cases of every kind: what it is, its name and status, and when it last changed. */
public record CaseSummary(CaseType type, String id, String name, String status, Instant updatedAt) {
}
