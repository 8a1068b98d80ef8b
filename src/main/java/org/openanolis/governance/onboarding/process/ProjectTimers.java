package org.openanolis.governance.onboarding.process;

import java.time.Duration;
import java.util.List;

import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Expression bean for project-onboarding.bpmn's timers: ISO-8601 durations from {@code governance.project.*}. */
@Component
@RequiredArgsConstructor
public class ProjectTimers {

    private final GovernanceProperties properties;

    public String endorsementTimeout() {
        return properties.project().endorsementTimeout().toString();
    }

    public String firstAgreementReminder() {
        return reminder(0).toString();
    }

    public String secondAgreementReminder() {
        return reminder(1).toString();
    }

    public String agreementTimeout() {
        return properties.project().agreementTimeout().toString();
    }

    public String checklistTarget() {
        return properties.project().checklistTarget().toString();
    }

    private Duration reminder(int index) {
        List<Duration> reminders = properties.project().agreementReminders();
        return reminders.size() > index ? reminders.get(index) : properties.project().agreementTimeout();
    }
}
