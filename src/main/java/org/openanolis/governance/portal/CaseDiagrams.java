package org.openanolis.governance.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.openanolis.governance.system.BpmnNames;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * Where a case stands in its process, read from the engine's history so it also answers once the process has
 * ended. The history keeps the case's own process instance; the committee vote it calls is one step here (its
 * call activity), as the case's diagram shows it. The steps and the drawing carry their names in the reader's
 * language ({@link BpmnNames}).
 */
@Service
@RequiredArgsConstructor
public class CaseDiagrams {

    /** Activities the engine records that are no step a reader would recognize (a multi-instance's body). */
    private static final String INNER_SCOPE = "#";

    private final HistoryService historyService;
    private final RepositoryService repositoryService;

    /** The diagram of this process instance, or none when the case has no process (yet, or any more in history). */
    public Optional<CaseDiagram> of(String processInstanceId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list();
        Map<String, CaseDiagram.Step> current = new LinkedHashMap<>();
        Map<String, CaseDiagram.Step> passed = new LinkedHashMap<>();
        for (HistoricActivityInstance a : activities) {
            if (a.getActivityId() == null || a.getActivityId().contains(INNER_SCOPE) || isUnnamedGateway(a)) {
                continue;
            }
            CaseDiagram.Step step = new CaseDiagram.Step(a.getActivityId(), BpmnNames.of(
                    instance.getProcessDefinitionKey(), a.getActivityId(),
                    a.getActivityName() == null ? a.getActivityId() : a.getActivityName()));
            (a.getEndTime() == null ? current : passed).putIfAbsent(step.id(), step);
        }
        // A step the case is at again (triage after a revision) is current, not passed.
        current.keySet().forEach(passed::remove);
        return Optional.of(new CaseDiagram(xmlOf(instance.getProcessDefinitionId()),
                List.copyOf(current.values()), List.copyOf(passed.values())));
    }

    /** A gateway without a name (where flows join or fork) is drawing, not a step a reader would look for. */
    private static boolean isUnnamedGateway(HistoricActivityInstance activity) {
        return activity.getActivityName() == null && activity.getActivityType() != null
                && activity.getActivityType().endsWith("Gateway");
    }

    private String xmlOf(String processDefinitionId) {
        try (InputStream model = repositoryService.getProcessModel(processDefinitionId)) {
            return new String(BpmnNames.inReadersLanguage(model.readAllBytes()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
