package org.openanolis.governance.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openanolis.governance.system.Languages;
import org.springframework.context.MessageSource;

/** Every task's title is a message in both languages, the English one as it always read. */
class TaskKindTitlesTests {

    private static final MessageSource MESSAGES = Languages.messageSource();

    @ParameterizedTest
    @EnumSource(TaskKind.class)
    void everyTaskHasATitleInBothLanguagesNamingItsCase(TaskKind kind) {
        for (String key : kind.taskDefinitionKeys()) {
            String english = kind.title(key, "sig-example", MESSAGES, Languages.ENGLISH);
            String chinese = kind.title(key, "sig-example", MESSAGES, Languages.CHINESE);
            assertThat(english).contains("sig-example").isNotEqualTo(chinese);
            assertThat(chinese).contains("sig-example").containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void theEnglishTitlesReadAsBefore() {
        assertThat(TaskKind.SIG_TRIAGE.title("UserTask_TriageProposal", "sig-ai", MESSAGES, Languages.ENGLISH))
                .isEqualTo("Triage sig-ai");
        assertThat(TaskKind.COMMITTEE_BALLOT.title("UserTask_CastBallot", "sig-ai", MESSAGES, Languages.ENGLISH))
                .isEqualTo("Vote on sig-ai");
        assertThat(TaskKind.ONBOARDING_CHECKLIST_ITEM.title("UserTask_SetUpCi", "kpatch", MESSAGES, Languages.ENGLISH))
                .isEqualTo("Checklist: set up CI for kpatch");
        assertThat(TaskKind.SANDBOX_REVIEW.title("UserTask_ReviewSandboxProject", "it's", MESSAGES, Languages.ENGLISH))
                .as("a quote in a case's name is kept").isEqualTo("Review the SANDBOX project it's");
    }
}
