package org.openanolis.governance.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaValue;
import org.junit.jupiter.api.Test;

/**
 * Tasklist builds its form from each user task's camunda:formData: the form must offer exactly the outcomes its
 * TaskKind accepts, in a field the completion rules read, and say when the comment is required.
 */
class TaskFormsTests {

    @Test
    void everyUserTaskOffersExactlyItsKindsOutcomesAndAComment() {
        List<UserTask> tasks = userTasks();
        assertThat(tasks).as("user tasks in bpmn/").hasSizeGreaterThanOrEqualTo(16);

        for (UserTask task : tasks) {
            TaskKind kind = TaskKind.of(task.getId()).orElseThrow(() -> new AssertionError(task.getId() + " has no TaskKind"));
            Map<String, CamundaFormField> fields = formFields(task);
            assertThat(fields.keySet()).as("form fields of %s", task.getId()).containsExactlyInAnyOrder("outcome", "comment");

            CamundaFormField outcome = fields.get("outcome");
            assertThat(outcome.getCamundaType()).as("%s outcome type", task.getId()).isEqualTo("enum");
            assertThat(outcome.getCamundaValues()).extracting(CamundaValue::getCamundaId)
                    .as("outcomes of %s", task.getId()).containsExactlyElementsOf(kind.outcomes());
            assertThat(outcome.getCamundaValues()).extracting(CamundaValue::getCamundaName)
                    .as("readable names of %s", task.getId()).allSatisfy(name -> assertThat(name).isNotBlank()
                            .isNotEqualTo(name.toUpperCase()));

            CamundaFormField comment = fields.get("comment");
            assertThat(comment.getCamundaType()).as("%s comment type", task.getId()).isEqualTo("string");
            boolean required = kind.outcomes().stream().anyMatch(kind::needsComment);
            assertThat(comment.getCamundaLabel().contains("required")).as("%s comment label: %s", task.getId(),
                    comment.getCamundaLabel()).isEqualTo(required);
        }
    }

    @Test
    void everyTaskKindHasAUserTaskWithAForm() {
        List<String> ids = userTasks().stream().map(UserTask::getId).toList();
        for (TaskKind kind : TaskKind.values()) {
            assertThat(ids).as("user tasks of %s", kind).containsAll(kind.taskDefinitionKeys());
        }
    }

    private static List<UserTask> userTasks() {
        File[] files = Objects.requireNonNull(new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn")));
        return Stream.of(files).flatMap(f -> Bpmn.readModelFromFile(f).getModelElementsByType(UserTask.class).stream())
                .toList();
    }

    private static Map<String, CamundaFormField> formFields(UserTask task) {
        Optional<CamundaFormData> form = Optional.ofNullable(task.getExtensionElements())
                .flatMap(e -> e.getElementsQuery().filterByType(CamundaFormData.class).list().stream().findFirst());
        assertThat(form).as("camunda:formData of %s", task.getId()).isPresent();
        return form.get().getCamundaFormFields().stream()
                .collect(Collectors.toMap(CamundaFormField::getCamundaId, f -> f));
    }
}
