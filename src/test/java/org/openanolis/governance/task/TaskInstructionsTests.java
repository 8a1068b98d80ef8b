package org.openanolis.governance.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.system.Languages;
import org.springframework.context.MessageSource;

/**
 * A task's page says what to decide in the reader's language: every user task's BPMN documentation is a message
 * whose English is that documentation word for word, so the model and the page never tell two stories.
 */
class TaskInstructionsTests {

    private static final MessageSource MESSAGES = Languages.messageSource();

    @Test
    void everyUserTasksDocumentationIsItsEnglishInstructionsAndHasAChineseOne() {
        File[] files = Objects.requireNonNull(new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn")));
        int checked = 0;
        for (File file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            for (Process process : model.getModelElementsByType(Process.class)) {
                for (UserTask task : process.getChildElementsByType(UserTask.class)) {
                    String key = "tasks.instructions." + process.getId() + "." + task.getId();
                    String documentation = documentation(task.getDocumentations());
                    assertThat(MESSAGES.getMessage(key, null, null, Languages.ENGLISH)).as(key).isEqualTo(documentation);
                    assertThat(MESSAGES.getMessage(key, null, null, Languages.CHINESE)).as(key)
                            .isNotEqualTo(documentation).containsPattern("\\p{IsHan}");
                    checked++;
                }
            }
        }
        assertThat(checked).as("user tasks in bpmn/").isGreaterThanOrEqualTo(16);
    }

    private static String documentation(Collection<Documentation> documentations) {
        return documentations.stream().map(d -> d.getTextContent().strip()).reduce((a, b) -> a + "\n" + b).orElse(null);
    }
}
