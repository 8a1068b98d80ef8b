package org.openanolis.governance.sig;

/**
 * A SIG's meeting schedule as its chair typed it, the body of {@code PUT /api/sigs/{name}/meetings}: the weekday's
 * English name ({@code TUESDAY}), the local time {@code HH:mm}, an IANA time zone ({@code Europe/Berlin}), the cadence
 * ({@link MeetingCadence}) and the meeting's http or https URL (optional). Checked whole: every bad field is named.
 */
public record MeetingScheduleForm(String weekday, String time, String timeZone, String cadence, String url) {
}
