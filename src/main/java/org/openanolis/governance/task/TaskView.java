package org.openanolis.governance.task;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A task in someone's inbox, as API.md describes it. {@code caseName} is the case's stable name, as its process
 * carries it; {@code shownCaseName} the same in the reader's language, for the pages only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskView(String id, TaskKind kind, String caseType, String caseId, String caseName, String title,
                       List<String> outcomes, Instant createdAt, Instant dueAt, @JsonIgnore String shownCaseName) {

    /** A task whose case's name reads the same in every language. */
    public TaskView(String id, TaskKind kind, String caseType, String caseId, String caseName, String title,
                    List<String> outcomes, Instant createdAt, Instant dueAt) {
        this(id, kind, caseType, caseId, caseName, title, outcomes, createdAt, dueAt, caseName);
    }
}
