package org.openanolis.governance.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.task.TaskKind;
import org.springframework.context.MessageSource;

/** The words of the task forms: no outcome of any kind reaches a person as a bare engine code, in either language. */
class TaskChoicesTests {

    private static final MessageSource MESSAGES = Languages.messageSource();
    private static final TaskChoices ENGLISH = new TaskChoices(MESSAGES, Languages.ENGLISH);

    @ParameterizedTest
    @EnumSource(TaskKind.class)
    void everyOutcomeOfEveryKindHasALabelAndAnExplanation(TaskKind kind) {
        for (Locale language : Languages.SUPPORTED) {
            TaskChoices words = new TaskChoices(MESSAGES, language);
            assertThat(words.of(kind)).extracting(TaskChoices.Choice::outcome).containsExactlyElementsOf(kind.outcomes());
            for (String outcome : kind.outcomes()) {
                assertThat(words.hasWordsFor(kind, outcome)).as("%s %s in %s", kind, outcome, language).isTrue();
            }
            assertThat(words.of(kind)).allSatisfy(c -> {
                assertThat(c.label()).isNotBlank().doesNotContain("_");
                assertThat(c.explanation()).isNotBlank();
            });
        }
    }

    @Test
    void theOutcomesThatMustSayWhyAreMarked() {
        assertThat(ENGLISH.of(TaskKind.SIG_TRIAGE)).filteredOn(TaskChoices.Choice::needsComment)
                .extracting(TaskChoices.Choice::outcome).containsExactly("REQUEST_CHANGES", "REJECT");
        assertThat(ENGLISH.of(TaskKind.SIG_ENDORSEMENT)).filteredOn(TaskChoices.Choice::needsComment)
                .extracting(TaskChoices.Choice::label).containsExactly("Decline");
        assertThat(ENGLISH.of(TaskKind.SIG_PROVISIONING)).noneMatch(TaskChoices.Choice::needsComment);
    }

    @Test
    void aKindMaySayAnOutcomeInItsOwnWords() {
        assertThat(ENGLISH.label(TaskKind.LEGAL_REVIEW, "ACCEPT")).isEqualTo("Accept the license");
        assertThat(ENGLISH.label(TaskKind.SIG_TRIAGE, "ACCEPT")).isEqualTo("Accept");
        TaskChoices chinese = new TaskChoices(MESSAGES, Languages.CHINESE);
        assertThat(chinese.label(TaskKind.COMMITTEE_BALLOT, "REJECT")).as("a vote against").isEqualTo("反对");
        assertThat(chinese.label(TaskKind.SIG_TRIAGE, "REJECT")).isEqualTo("驳回");
    }
}
