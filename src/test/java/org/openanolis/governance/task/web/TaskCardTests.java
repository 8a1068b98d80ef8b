package org.openanolis.governance.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.casetype.CaseTypes;
import org.openanolis.governance.support.ApplicationCaseTypes;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.task.TaskView;

class TaskCardTests {

    private final CaseTypes types = ApplicationCaseTypes.all();

    @Test
    void eachKindOfCaseLinksToItsOwnPageAndIsNamedInWords() {
        assertThat(card("SIG_PROPOSAL", "s1")).extracting(TaskCard::casePath, TaskCard::caseTypeName)
                .containsExactly("/sig-proposals/s1", "SIG proposal");
        assertThat(card("PROJECT_PROPOSAL", "p1").casePath()).isEqualTo("/project-proposals/p1");
        assertThat(card("PARTNER_APPLICATION", "a1").casePath()).isEqualTo("/partner-applications/a1");
        assertThat(card("PARTNER", "r1")).as("a revocation lives on the partner")
                .extracting(TaskCard::casePath, TaskCard::caseTypeName)
                .containsExactly("/partners/r1", "Partner (revocation)");
        assertThat(card("SOMETHING_NEW", "x")).extracting(TaskCard::casePath, TaskCard::caseTypeName)
                .containsExactly(null, "Case");
    }

    private TaskCard card(String caseType, String caseId) {
        return TaskCard.of(new TaskView("t1", TaskKind.SIG_TRIAGE, caseType, caseId, null, "Triage", List.of(),
                Instant.EPOCH, null), types);
    }
}
