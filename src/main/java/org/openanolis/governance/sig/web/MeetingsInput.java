package org.openanolis.governance.sig.web;

import org.openanolis.governance.sig.MeetingSchedule;
import org.openanolis.governance.sig.MeetingScheduleForm;

import lombok.Getter;
import lombok.Setter;

/** The portal's form of a SIG's meeting schedule exactly as typed, so a refused form shows every value again. */
@Getter
@Setter
public class MeetingsInput {

    private String weekday;
    private String time;
    private String timeZone;
    private String cadence;
    private String url;

    /** The SIG's current schedule, to change. */
    static MeetingsInput of(MeetingSchedule schedule) {
        MeetingsInput input = new MeetingsInput();
        input.setWeekday(schedule.weekday().name());
        input.setTime(schedule.time().toString());
        input.setTimeZone(schedule.timeZone().getId());
        input.setCadence(schedule.cadence().name());
        input.setUrl(schedule.url());
        return input;
    }

    MeetingScheduleForm toForm() {
        return new MeetingScheduleForm(weekday, time, timeZone, cadence, url);
    }
}
