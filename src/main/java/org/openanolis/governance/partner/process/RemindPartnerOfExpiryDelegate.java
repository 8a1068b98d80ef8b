package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerDirectory;
import org.springframework.stereotype.Component;

/** The three renewal reminders run through here; the activity tells which one is due. */
@Component
record RemindPartnerOfExpiryDelegate(PartnerDirectory service, PartnerTimers timers) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        int index = PartnerCertificateProcess.REMINDER_INDEX.get(execution.getCurrentActivityId());
        service.remindOfExpiry(execution.getProcessBusinessKey(), timers.certificateReminder(index));
    }
}
