package org.openanolis.governance.task;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A task in someone's inbox, as API.md describes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskView(String id, TaskKind kind, String caseType, String caseId, String caseName, String title,
                       List<String> outcomes, Instant createdAt, Instant dueAt) {
}
