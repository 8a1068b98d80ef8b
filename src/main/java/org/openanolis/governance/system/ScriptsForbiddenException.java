package org.openanolis.governance.system;

import org.camunda.bpm.engine.ProcessEngineException;

/** A deployment carried a script; the engine refuses it as a whole (issue 4, part 5: code execution closed). */
public class ScriptsForbiddenException extends ProcessEngineException {

    public ScriptsForbiddenException(String message) {
        super(message);
    }
}
