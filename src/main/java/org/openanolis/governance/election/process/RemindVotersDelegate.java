package org.openanolis.governance.election.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.election.ElectionSteps;
import org.springframework.stereotype.Component;

/** Reminds the voters who have not voted: half way through voting, and again 24 hours before the close. */
@Component
record RemindVotersDelegate(ElectionSteps steps) implements JavaDelegate {

    static final String LAST_REMINDER = "ServiceTask_RemindDayBeforeClose";

    @Override
    public void execute(DelegateExecution execution) {
        steps.remind(execution.getProcessBusinessKey(), LAST_REMINDER.equals(execution.getCurrentActivityId()));
    }
}
