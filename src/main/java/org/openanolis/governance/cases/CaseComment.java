package org.openanolis.governance.cases;

import java.time.Instant;

/** A public comment on a case, as its author wrote it. */
public record CaseComment(long id, String author, String text, Instant createdAt) {
}
