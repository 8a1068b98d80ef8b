package org.openanolis.governance.sig.process;

import java.time.Duration;
import java.util.List;

import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Expression bean for sig-creation.bpmn's timers: ISO-8601 durations from {@code governance.sig.*}. */
@Component
@RequiredArgsConstructor
public class SigTimers {

    private final GovernanceProperties properties;

    public String firstRevisionReminder() {
        return reminder(0).toString();
    }

    public String secondRevisionReminder() {
        return reminder(1).toString();
    }

    public String revisionTimeout() {
        return properties.sig().revisionTimeout().toString();
    }

    private Duration reminder(int index) {
        List<Duration> reminders = properties.sig().revisionReminders();
        return reminders.size() > index ? reminders.get(index) : properties.sig().revisionTimeout();
    }
}
