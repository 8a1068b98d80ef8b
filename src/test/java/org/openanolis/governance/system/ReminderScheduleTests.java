package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReminderScheduleTests {

    @Test
    void aReminderNotConfiguredFallsOnTheDeadline() {
        ReminderSchedule schedule = new ReminderSchedule(List.of(Duration.ofDays(7)), Duration.ofDays(30));

        assertThat(schedule.nth(0)).isEqualTo(Duration.ofDays(7));
        assertThat(schedule.nth(1)).isEqualTo(Duration.ofDays(30));
    }
}
