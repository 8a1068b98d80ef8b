package org.openanolis.governance.task;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link TasklistCompletion} on every user task of every process at parse time, so no BPMN file can
 * forget it: the submitted form checked, and its fields declared task-local, before its values are stored, and
 * the rules applied as the task completes. The bean is looked up when a task needs it: it needs the
 * engine this plugin helps to build.
 */
@Component
class TasklistRulesPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TasklistCompletion> completion;

    TasklistRulesPlugin(ObjectProvider<TasklistCompletion> completion) {
        this.completion = completion;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    TaskDefinition definition = behavior.getTaskDefinition();
                    definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE,
                            task -> completion.getObject().completing(task));
                    definition.setTaskFormHandler(new CheckedFormHandler(definition.getTaskFormHandler()));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /**
     * Tasklist's submit-form stores the form's values before the task completes; checking them first lets a
     * refusal reach the person as a plain 400 with its reason.
     */
    private final class CheckedFormHandler implements TaskFormHandler {

        private final TaskFormHandler handler;

        CheckedFormHandler(TaskFormHandler handler) {
            this.handler = handler;
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            handler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            if (variableScope instanceof DelegateTask task) {
                completion.getObject().checkSubmittedForm(properties, task);
                completion.getObject().declareFormFields(task);
            }
            handler.submitFormVariables(properties, variableScope);
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            return handler.createTaskForm(task);
        }
    }
}
