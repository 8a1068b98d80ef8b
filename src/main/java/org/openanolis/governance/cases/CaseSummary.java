package org.openanolis.governance.cases;

import java.time.Instant;

import org.openanolis.governance.casetype.CaseType;

/**
 * A case in a list of cases of every kind: what it is, its name and status, and when it last changed. {@code name}
 * is the stable name, {@code shownName} the same in the reader's language.
 */
public record CaseSummary(CaseType type, String id, String name, String shownName, String status, Instant updatedAt) {
}
