package org.openanolis.governance.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses any BPMN that carries a script: a script task, a script execution or task listener, a script
 * condition, a script input/output mapping or connector. Whoever can deploy a script can run any code in the
 * server (Groovy, JavaScript), so the engine runs only the Java delegates and expressions we ship. The whole
 * document is walked once, after it was parsed and before anything is stored, so nothing of it deploys.
 */
class ScriptRefusingParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
        List<String> scripts = new ArrayList<>();
        collectScripts(rootElement, null, scripts);
        if (!scripts.isEmpty()) {
            throw new ScriptsForbiddenException("Deployment refused: scripts are disabled in this engine, found "
                    + String.join("; ", scripts) + ". Use a JavaDelegate bean (${beanName}) or a plain expression instead.");
        }
    }

    private static void collectScripts(Element element, String enclosingId, List<String> found) {
        String name = localName(element);
        String id = element.attribute("id") != null ? element.attribute("id") : enclosingId;
        // <scriptTask>, <camunda:script> (listeners, I/O mappings, connectors), scriptFormat="...",
        // and language="..." on a condition (a script condition; expressions carry no language).
        if (name.equals("scriptTask") || name.equals("script")
                || element.attribute("scriptFormat") != null || element.attribute("language") != null) {
            found.add(name + (id != null ? " in '" + id + "'" : "") + " (line " + element.getLine() + ")");
            return;
        }
        for (Element child : element.elements()) {
            collectScripts(child, id, found);
        }
    }

    private static String localName(Element element) {
        String tag = element.getTagName();
        return tag.substring(tag.indexOf(':') + 1);
    }
}
