package org.openanolis.governance.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openanolis.governance.task.TaskKind;

/** The words of the task forms: no outcome of any kind reaches a person as a bare engine code. */
class TaskChoicesTests {

    @ParameterizedTest
    @EnumSource(TaskKind.class)
    void everyOutcomeOfEveryKindHasALabelAndAnExplanation(TaskKind kind) {
        assertThat(TaskChoices.of(kind)).extracting(TaskChoices.Choice::outcome).containsExactlyElementsOf(kind.outcomes());
        for (String outcome : kind.outcomes()) {
            assertThat(TaskChoices.hasWordsFor(kind, outcome)).as("%s %s", kind, outcome).isTrue();
        }
        assertThat(TaskChoices.of(kind)).allSatisfy(c -> {
            assertThat(c.label()).isNotBlank().doesNotContain("_");
            assertThat(c.explanation()).isNotBlank();
        });
    }

    @Test
    void theOutcomesThatMustSayWhyAreMarked() {
        assertThat(TaskChoices.of(TaskKind.SIG_TRIAGE)).filteredOn(TaskChoices.Choice::needsComment)
                .extracting(TaskChoices.Choice::outcome).containsExactly("REQUEST_CHANGES", "REJECT");
        assertThat(TaskChoices.of(TaskKind.SIG_ENDORSEMENT)).filteredOn(TaskChoices.Choice::needsComment)
                .extracting(TaskChoices.Choice::label).containsExactly("Decline");
        assertThat(TaskChoices.of(TaskKind.SIG_PROVISIONING)).noneMatch(TaskChoices.Choice::needsComment);
    }
}
