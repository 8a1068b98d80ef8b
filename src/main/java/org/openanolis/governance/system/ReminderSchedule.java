package org.openanolis.governance.system;

import java.time.Duration;
import java.util.List;

/**
 * Reminders configured as a list of ISO-8601 durations before something falls due. A process asks for its n-th; a
 * list shorter than the process's reminders answers {@code otherwise} for the missing ones (the deadline itself,
 * so the reminder never fires before what it reminds of; or zero, which the reminder skips).
 */
public record ReminderSchedule(List<Duration> reminders, Duration otherwise) {

    public Duration nth(int index) {
        return reminders.size() > index ? reminders.get(index) : otherwise;
    }
}
