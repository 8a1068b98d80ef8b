package org.openanolis.governance.onboarding.process;

import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.ReminderSchedule;
import org.springframework.stereotype.Component;

/** Expression bean for project-onboarding.bpmn's timers: ISO-8601 durations from {@code governance.project.*}. */
@Component
public class ProjectTimers {

    private final GovernanceProperties properties;
    private final ReminderSchedule agreementReminders;

    ProjectTimers(GovernanceProperties properties) {
        this.properties = properties;
        this.agreementReminders = new ReminderSchedule(properties.project().agreementReminders(),
                properties.project().agreementTimeout());
    }

    public String endorsementTimeout() {
        return properties.project().endorsementTimeout().toString();
    }

    public String firstAgreementReminder() {
        return agreementReminders.nth(0).toString();
    }

    public String secondAgreementReminder() {
        return agreementReminders.nth(1).toString();
    }

    public String agreementTimeout() {
        return properties.project().agreementTimeout().toString();
    }

    public String checklistTarget() {
        return properties.project().checklistTarget().toString();
    }
}
