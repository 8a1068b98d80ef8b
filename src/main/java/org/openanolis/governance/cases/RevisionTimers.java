package org.openanolis.governance.cases;

import java.time.Duration;
import java.util.List;

import org.openanolis.governance.system.ReminderSchedule;

/**
 * The timers of a type whose proposer may be asked for changes, as its process's expression bean names them
 * ({@code ${sigTimers.firstRevisionReminder()}}): two reminders, then the case expires unrevised.
 */
public abstract class RevisionTimers {

    private final ReminderSchedule revision;

    protected RevisionTimers(List<Duration> reminders, Duration timeout) {
        this.revision = new ReminderSchedule(reminders, timeout);
    }

    public String firstRevisionReminder() {
        return revision.nth(0).toString();
    }

    public String secondRevisionReminder() {
        return revision.nth(1).toString();
    }

    public String revisionTimeout() {
        return revision.otherwise().toString();
    }
}
