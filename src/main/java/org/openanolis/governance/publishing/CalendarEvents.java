package org.openanolis.governance.publishing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

import org.openanolis.governance.sig.MeetingCadence;
import org.openanolis.governance.sig.MeetingSchedule;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * One calendar (RFC 5545) being made of events, by ical4j: a SIG's meetings as a recurring event in the SIG's own time
 * zone with that zone's definition, deadlines at an instant, periods from one instant to another. Every event's UID is
 * made from what it is about (a SIG's name, a vote's id), so a calendar application recognises it in every fetch and
 * moves it when it changes. Words are given in the reader's language; every value is a property's value, which ical4j
 * escapes and folds.
 */
final class CalendarEvents {

    static final String PRODUCT = "-//OpenAnolis//SIG Governance//EN";
    /** Zone definitions from ical4j's bundled database, read once: they are the same for every calendar. */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final String name;
    private final String host;
    private final Map<String, VTimeZone> zones = new LinkedHashMap<>();
    private final List<VEvent> events = new ArrayList<>();

    /**
     * @param name what a calendar application calls the subscription
     * @param host the right-hand side of every UID: the portal's host
     */
    CalendarEvents(String name, String host) {
        this.name = name;
        this.host = host;
    }

    /**
     * The SIG's meetings: from its first meeting, every week, two or three weeks on its weekday, or on the first such
     * weekday of every month, at its local time in its zone, whose VTIMEZONE the calendar carries.
     */
    CalendarEvents meetings(MeetingSchedule schedule, String summary, String description) {
        VEvent event = new VEvent(schedule.firstMeeting(), MeetingSchedule.LENGTH, summary);
        event.add(new Uid("meetings-" + schedule.sig().toLowerCase(Locale.ROOT) + "@" + host));
        event.add(new RRule<>(recurrence(schedule)));
        event.add(new Description(description));
        if (schedule.url() != null) {
            event.add(new Url(URI.create(schedule.url())));
        }
        zones.computeIfAbsent(schedule.timeZone().getId(), CalendarEvents::definition);
        events.add(event);
        return this;
    }

    /** Something due at an instant, such as a vote's close. */
    CalendarEvents deadline(String uid, Instant at, String summary, String url) {
        VEvent event = new VEvent(at, summary);
        event.add(new Uid(uid + "@" + host));
        if (url != null) {
            event.add(new Url(URI.create(url)));
        }
        events.add(event);
        return this;
    }

    /** Something running from one instant to another, such as a comment period. */
    CalendarEvents period(String uid, Instant start, Instant end, String summary, String url) {
        VEvent event = new VEvent(start, summary);
        event.add(new DtEnd<>(end));
        event.add(new Uid(uid + "@" + host));
        if (url != null) {
            event.add(new Url(URI.create(url)));
        }
        events.add(event);
        return this;
    }

    /** The calendar: its zones' definitions first, then the events in the order they were added. */
    Calendar calendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        zones.values().forEach(calendar::add);
        events.forEach(calendar::add);
        return calendar;
    }

    /** The calendar as the text of an .ics file. */
    String text() {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Recur<ZonedDateTime> recurrence(MeetingSchedule schedule) {
        WeekDay day = WeekDay.getWeekDay(schedule.weekday());
        Recur.Builder<ZonedDateTime> recur = new Recur.Builder<>();
        if (schedule.cadence() == MeetingCadence.MONTHLY) {
            return recur.frequency(Frequency.MONTHLY).dayList(new WeekDay(day, 1)).build();
        }
        return recur.frequency(Frequency.WEEKLY).interval(schedule.weeksApart()).dayList(day).build();
    }

    private static VTimeZone definition(String zoneId) {
        TimeZone zone = ZONES.getTimeZone(zoneId);
        if (zone == null) {
            throw new IllegalStateException("No VTIMEZONE for " + zoneId);
        }
        return zone.getVTimeZone();
    }
}
