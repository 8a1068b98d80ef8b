package org.openanolis.governance.system;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A password refused by the policy is bad input, not a server error: the engine throws a plain
 * ProcessEngineException, which its REST API (and so Admin) answers with 500. Rethrown as a
 * {@link BadUserRequestException} it is a 400 that says what is missing.
 */
class PasswordPolicyAnswer extends CommandInterceptor {

    private static final String REFUSED = "Password does not match policy";

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            if (command instanceof SaveUserCmd && REFUSED.equals(e.getMessage())) {
                throw new BadUserRequestException(REFUSED + ": a password needs at least " + PasswordsPlugin.MIN_LENGTH
                        + " characters", e);
            }
            throw e;
        }
    }
}
