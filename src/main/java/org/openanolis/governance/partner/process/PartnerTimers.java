package org.openanolis.governance.partner.process;

import java.time.Duration;
import java.util.Date;

import org.openanolis.governance.cases.RevisionTimers;
import org.openanolis.governance.partner.PartnerDirectory;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.ReminderSchedule;
import org.springframework.stereotype.Component;

/**
 * Expression bean for the partner processes' timers: ISO-8601 durations from {@code governance.partner.*}, and
 * the certificate's dates from the partner's row, so a renewal's new process waits for the new dates.
 */
@Component
public class PartnerTimers extends RevisionTimers {

    private final GovernanceProperties properties;
    private final PartnerDirectory directory;
    private final ReminderSchedule certificateReminders;

    PartnerTimers(GovernanceProperties properties, PartnerDirectory directory) {
        super(properties.partner().revisionReminders(), properties.partner().revisionTimeout());
        this.properties = properties;
        this.directory = directory;
        this.certificateReminders = new ReminderSchedule(properties.partner().certificateReminders(), Duration.ZERO);
    }

    public String verificationResponse() {
        return properties.partner().verificationResponse().toString();
    }

    /** A reminder that would fall before the listing fires at once and is skipped by the reminder itself. */
    public Date certificateReminderAt(String partnerId, int index) {
        return Date.from(directory.reminderAt(partnerId, certificateReminder(index)));
    }

    public Date certificateExpiresAt(String partnerId) {
        return Date.from(directory.certificateExpiresAt(partnerId));
    }

    Duration certificateReminder(int index) {
        return certificateReminders.nth(index);
    }
}
