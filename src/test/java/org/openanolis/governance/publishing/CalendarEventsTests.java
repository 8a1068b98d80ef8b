package org.openanolis.governance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.sig.MeetingCadence;
import org.openanolis.governance.sig.MeetingSchedule;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * The calendars' events, written and read back with ical4j as a calendar application reads them. Europe/Berlin
 * begins daylight saving time on 2027-03-28: its SIG's meeting keeps its local time and moves an hour in UTC;
 * Asia/Shanghai has no such change, and its SIG's meeting stays where it was in both.
 */
class CalendarEventsTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant BEFORE_THE_CHANGE = Instant.parse("2027-03-20T00:00:00Z");
    private static final Instant AFTER_THE_CHANGE = Instant.parse("2027-04-05T00:00:00Z");

    @Test
    void aBerlinMeetingKeepsItsLocalTimeAcrossDaylightSavingAndMovesInUtc() throws Exception {
        List<ZonedDateTime> meetings = occurrences(parse(sigCalendar(schedule("sig-kernel", BERLIN,
                MeetingCadence.WEEKLY))), BEFORE_THE_CHANGE, AFTER_THE_CHANGE);

        assertThat(meetings).extracting(m -> m.toInstant()).containsExactly(
                Instant.parse("2027-03-25T17:00:00Z"), Instant.parse("2027-04-01T16:00:00Z"));
        assertThat(meetings).extracting(m -> m.withZoneSameInstant(BERLIN).toLocalDateTime()).containsExactly(
                LocalDateTime.parse("2027-03-25T18:00"), LocalDateTime.parse("2027-04-01T18:00"));
    }

    @Test
    void aShanghaiMeetingStaysAtTheSameUtcTimeAcrossBerlinsChange() throws Exception {
        List<ZonedDateTime> meetings = occurrences(parse(sigCalendar(schedule("sig-cloud", SHANGHAI,
                MeetingCadence.WEEKLY))), BEFORE_THE_CHANGE, AFTER_THE_CHANGE);

        assertThat(meetings).extracting(m -> m.toInstant()).containsExactly(
                Instant.parse("2027-03-25T10:00:00Z"), Instant.parse("2027-04-01T10:00:00Z"));
    }

    @Test
    void aReaderInShanghaiSeesTheNextBerlinMeetingsMoveByAnHourInTheirZone() throws Exception {
        Calendar read = parse(sigCalendar(schedule("sig-kernel", BERLIN, MeetingCadence.WEEKLY)));

        List<LocalDateTime> seenInShanghai = occurrences(read, BEFORE_THE_CHANGE, AFTER_THE_CHANGE).stream()
                .map(m -> m.withZoneSameInstant(SHANGHAI).toLocalDateTime()).toList();

        // 18:00 in Berlin is 01:00 the next day in Shanghai in winter (UTC+1), 00:00 in summer (UTC+2).
        assertThat(seenInShanghai).containsExactly(LocalDateTime.parse("2027-03-26T01:00"),
                LocalDateTime.parse("2027-04-02T00:00"));
    }

    @Test
    void theMeetingIsOneRecurringEventInItsZoneWithTheZonesDefinitionAndAUidFromTheSigsName() throws Exception {
        Calendar read = parse(sigCalendar(schedule("sig-Kernel", BERLIN, MeetingCadence.BIWEEKLY)));

        List<VEvent> events = read.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent meeting = events.get(0);
        assertThat(meeting.getUid().orElseThrow().getValue()).isEqualTo("meetings-sig-kernel@governance.example");
        assertThat(meeting.getProperty("RRULE").orElseThrow().getValue()).contains("FREQ=WEEKLY", "INTERVAL=2",
                "BYDAY=TH");
        assertThat(meeting.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Berlin");
        assertThat(meeting.getProperty("URL").orElseThrow().getValue()).isEqualTo("https://meet.example.org/sig");
        List<VTimeZone> zones = read.getComponents("VTIMEZONE");
        assertThat(zones).extracting(z -> z.getProperty("TZID").orElseThrow().getValue())
                .containsExactly("Europe/Berlin");
    }

    @Test
    void biweeklyMeetingsSkipAWeekAndMonthlyOnesAreOnTheFirstWeekdayOfTheMonth() throws Exception {
        Instant from = Instant.parse("2027-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-03-01T00:00:00Z");

        List<LocalDate> biweekly = occurrences(parse(sigCalendar(schedule("sig-a", SHANGHAI,
                MeetingCadence.BIWEEKLY))), from, to).stream().map(ZonedDateTime::toLocalDate).toList();
        List<LocalDate> monthly = occurrences(parse(sigCalendar(schedule("sig-b", SHANGHAI,
                MeetingCadence.MONTHLY))), from, to).stream()
                .map(m -> m.withZoneSameInstant(SHANGHAI).toLocalDate()).toList();

        // The schedules run from Thursday 2027-01-07.
        assertThat(biweekly).startsWith(LocalDate.parse("2027-01-07"), LocalDate.parse("2027-01-21"),
                LocalDate.parse("2027-02-04"));
        assertThat(monthly).containsExactly(LocalDate.parse("2027-01-07"), LocalDate.parse("2027-02-04"));
    }

    @Test
    void deadlinesAndPeriodsAreInstantsWithUidsOfWhatTheyAreAbout() throws Exception {
        String text = new CalendarEvents("Committee", "governance.example")
                .deadline("vote-42", Instant.parse("2027-03-28T01:30:00Z"), "The vote closes: “x”, {0}; a\\b",
                        "https://governance.example/sig-proposals/7")
                .period("comment-period-sig_retirement-9", Instant.parse("2027-03-01T08:00:00Z"),
                        Instant.parse("2027-03-15T08:00:00Z"), "Open for comment", null)
                .text();

        Calendar read = parse(text);
        List<VEvent> events = read.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactly("vote-42@governance.example", "comment-period-sig_retirement-9@governance.example");
        assertThat(events.get(0).getSummary().orElseThrow().getValue()).isEqualTo("The vote closes: “x”, {0}; a\\b");
        assertThat(Instant.from(events.get(0).getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(Instant.from(events.get(1).getEndDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2027-03-15T08:00:00Z"));
        assertThat(text).contains("PRODID:" + CalendarEvents.PRODUCT).contains("VERSION:2.0");
    }

    private static MeetingSchedule schedule(String sig, ZoneId zone, MeetingCadence cadence) {
        return new MeetingSchedule(sig, "A SIG", DayOfWeek.THURSDAY, LocalTime.of(18, 0), zone, cadence,
                "https://meet.example.org/sig", LocalDate.parse("2027-01-04"));
    }

    private static String sigCalendar(MeetingSchedule schedule) {
        return new CalendarEvents(schedule.sig(), "governance.example")
                .meetings(schedule, schedule.sig() + " meeting", "Every week").text();
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    /** The starts of every event's occurrences from one instant to another, as ical4j computes them, in order. */
    static List<ZonedDateTime> occurrences(Calendar calendar, Instant from, Instant to) {
        Period<ZonedDateTime> window = new Period<>(from.atZone(ZoneOffset.UTC), to.atZone(ZoneOffset.UTC));
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .flatMap(e -> e.<ZonedDateTime>calculateRecurrenceSet(window).stream())
                .map(Period::getStart).sorted((a, b) -> a.toInstant().compareTo(b.toInstant())).toList();
    }
}
