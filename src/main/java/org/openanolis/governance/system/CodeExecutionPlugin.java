package org.openanolis.governance.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Closes the engine to code brought in by a deployment: every BPMN passes {@link ScriptRefusingParseListener},
 * and a script engine may never load an external resource. Java serialization of variables is switched off in
 * application.yaml (a serialized object is code run on read).
 */
@Component
class CodeExecutionPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Among the pre-parse listeners, so the refusal comes before any other listener's root-element work.
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new ScriptRefusingParseListener());
        configuration.setCustomPreBPMNParseListeners(listeners);
        configuration.setEnableScriptEngineLoadExternalResources(false);
    }

    @Override
    public String toString() {
        return "CodeExecutionPlugin";
    }
}
