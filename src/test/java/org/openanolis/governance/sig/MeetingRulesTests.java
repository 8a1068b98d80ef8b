package org.openanolis.governance.sig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openanolis.governance.system.FieldProblem;

/** The parts of a meeting schedule, as a proposal and a chair's change both check them, and the first meeting. */
class MeetingRulesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "TUESDAY, TUESDAY", "tuesday, TUESDAY", "Sunday, SUNDAY", "Tue, null", "Funday, null", "2, null",
            "'TUESDAY\n', null"})
    void aWeekdayIsADaysEnglishName(String typed, DayOfWeek read) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(MeetingRules.weekday("weekday", typed, true, problems).orElse(null)).isEqualTo(read);
        assertThat(problems).hasSize(read == null ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "18:00, 18:00", "00:00, 00:00", "23:59, 23:59", "09:30, 09:30", "9:30, null", "24:00, null",
            "18:60, null", "18:00:00, null", "6pm, null", "' 18:00', null"})
    void aTimeIsHoursAndMinutesOnA24HourClock(String typed, LocalTime read) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(MeetingRules.time("time", typed, true, problems).orElse(null)).isEqualTo(read);
        assertThat(problems).hasSize(read == null ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Europe/Berlin, true", "Asia/Shanghai, true", "America/Argentina/Buenos_Aires, true", "UTC, true",
            "Etc/GMT+8, true", "Mars/Olympus, false", "europe/berlin, false", "+08:00, false", "GMT+8, false",
            "CET, false", "SystemV/PST8, false", "Europe/Berlin/, false", "../etc/passwd, false"})
    void aTimeZoneIsAnIanaZone(String typed, boolean valid) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(MeetingRules.timeZone("timeZone", typed, true, problems)).isEqualTo(
                valid ? Optional.of(ZoneId.of(typed)) : Optional.empty());
        assertThat(problems).hasSize(valid ? 0 : 1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://meet.example.org/sig-kernel, true", "http://meet.example.org, true", "ftp://example.org, false",
            "javascript:alert(1), false", "meet.example.org, false"})
    void aMeetingUrlIsHttpOrHttps(String typed, boolean valid) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(MeetingRules.url("url", typed, true, problems)).isEqualTo(valid
                ? Optional.of(typed) : Optional.empty());
        assertThat(problems).extracting(FieldProblem::field).containsExactlyElementsOf(valid ? List.of() : List.of("url"));
    }

    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @CsvSource({
            "WEEKLY, 2027-01-04, 2027-01-07", "WEEKLY, 2027-01-07, 2027-01-07", "BIWEEKLY, 2027-01-08, 2027-01-14",
            "MONTHLY, 2027-01-04, 2027-01-07", "MONTHLY, 2027-01-08, 2027-02-04", "MONTHLY, 2027-02-04, 2027-02-04"})
    void theFirstMeetingIsTheFirstMatchingDayFromTheStart(MeetingCadence cadence, LocalDate from, LocalDate first) {
        MeetingSchedule schedule = new MeetingSchedule("sig-x", "X", DayOfWeek.THURSDAY, LocalTime.of(18, 0),
                ZoneId.of("Europe/Berlin"), cadence, null, from);

        assertThat(schedule.firstMeeting().toLocalDate()).isEqualTo(first);
        assertThat(schedule.firstMeeting().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    }
}
