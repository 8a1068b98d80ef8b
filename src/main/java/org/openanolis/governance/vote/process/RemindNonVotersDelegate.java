package org.openanolis.governance.vote.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.vote.VoteClosing;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Both reminders run through here; the activity tells which one is due. */
@Component
@RequiredArgsConstructor
class RemindNonVotersDelegate implements JavaDelegate {

    private final VoteClosing closing;

    @Override
    public void execute(DelegateExecution execution) {
        VoteClosing.Reminder reminder = VoteProcess.REMIND_AT_HALF_WINDOW.equals(execution.getCurrentActivityId())
                ? VoteClosing.Reminder.HALF_WINDOW : VoteClosing.Reminder.DAY_BEFORE_CLOSE;
        closing.remind((String) execution.getVariable(VoteProcess.VOTE_ID), reminder);
    }
}
