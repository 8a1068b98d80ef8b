package org.openanolis.governance.sig;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * When and where a SIG meets: on {@code weekday} at {@code time} in {@code timeZone}, every week, two or three weeks
 * (from the first such day on or after {@code from}), or on the first such weekday of every month; at {@code url}
 * (null when not given); the time reads {@code HH:mm}, as it is typed. The local time is what the SIG keeps: across
 * a daylight-saving change its UTC time moves.
 */
public record MeetingSchedule(String sig, String displayName, DayOfWeek weekday,
                              @JsonFormat(pattern = "HH:mm") LocalTime time, ZoneId timeZone,
                              MeetingCadence cadence, String url, LocalDate from) {

    /** How long a meeting is taken to last in calendars: the schedule does not say, and an hour is the custom. */
    public static final Duration LENGTH = Duration.ofHours(1);

    /** The first meeting of the schedule, in its time zone. */
    public ZonedDateTime firstMeeting() {
        LocalDate day = from.with(TemporalAdjusters.nextOrSame(weekday));
        if (cadence == MeetingCadence.MONTHLY) {
            day = from.with(TemporalAdjusters.firstInMonth(weekday));
            if (day.isBefore(from)) {
                day = from.plusMonths(1).with(TemporalAdjusters.firstInMonth(weekday));
            }
        }
        return ZonedDateTime.of(day, time, timeZone);
    }

    /** Weeks between two meetings; 0 for MONTHLY, which counts in months. */
    public int weeksApart() {
        return switch (cadence) {
            case WEEKLY -> 1;
            case BIWEEKLY -> 2;
            case TRIWEEKLY -> 3;
            case MONTHLY -> 0;
        };
    }
}
