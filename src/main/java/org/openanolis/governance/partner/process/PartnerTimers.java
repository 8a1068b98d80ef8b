package org.openanolis.governance.partner.process;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.openanolis.governance.partner.PartnerDirectory;
import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Expression bean for the partner processes' timers: ISO-8601 durations from {@code governance.partner.*}, and
 * the certificate's dates from the partner's row, so a renewal's new process waits for the new dates.
 */
@Component
@RequiredArgsConstructor
public class PartnerTimers {

    private final GovernanceProperties properties;
    private final PartnerDirectory directory;

    public String verificationResponse() {
        return properties.partner().verificationResponse().toString();
    }

    public String firstRevisionReminder() {
        return revisionReminder(0).toString();
    }

    public String secondRevisionReminder() {
        return revisionReminder(1).toString();
    }

    public String revisionTimeout() {
        return properties.partner().revisionTimeout().toString();
    }

    /** A reminder that would fall before the listing fires at once and is skipped by the reminder itself. */
    public Date certificateReminderAt(String partnerId, int index) {
        return Date.from(directory.reminderAt(partnerId, certificateReminder(index)));
    }

    public Date certificateExpiresAt(String partnerId) {
        return Date.from(directory.certificateExpiresAt(partnerId));
    }

    Duration certificateReminder(int index) {
        List<Duration> reminders = properties.partner().certificateReminders();
        return reminders.size() > index ? reminders.get(index) : Duration.ZERO;
    }

    private Duration revisionReminder(int index) {
        List<Duration> reminders = properties.partner().revisionReminders();
        return reminders.size() > index ? reminders.get(index) : properties.partner().revisionTimeout();
    }
}
