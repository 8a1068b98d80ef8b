package org.openanolis.governance.sig;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

/** The meeting schedules in the sig table's columns: a SIG has one when its weekday is set. */
@Repository
@RequiredArgsConstructor
class MeetingScheduleRepository {

    private static final String SCHEDULED = "meeting_weekday is not null";

    private final JdbcClient jdbc;
    private final JsonLists json;

    /** The schedule of the SIG of this name in any case and any state. */
    Optional<MeetingSchedule> of(String name) {
        return jdbc.sql("select * from sig where name_key = :k and " + SCHEDULED)
                .param("k", name.toLowerCase(Locale.ROOT)).query(this::toSchedule).optional();
    }

    /** The schedules of the ACTIVE and INACTIVE SIGs this person chairs or is a tech lead of, by name. */
    List<MeetingSchedule> ledBy(String person) {
        // The leads are a JSON list: read the live scheduled SIGs with their leads and keep the person's.
        return jdbc.sql("select * from sig where status in ('ACTIVE', 'INACTIVE') and " + SCHEDULED
                        + " order by name, name_key")
                .query((rs, n) -> new Led(toSchedule(rs, n), json.read(rs.getString("chairs")),
                        json.read(rs.getString("tech_leads"))))
                .list().stream().filter(led -> led.chairs().contains(person) || led.techLeads().contains(person))
                .map(Led::schedule).toList();
    }

    private record Led(MeetingSchedule schedule, List<String> chairs, List<String> techLeads) {
    }

    void update(String name, DayOfWeek weekday, LocalTime time, ZoneId timeZone, MeetingCadence cadence, String url,
                LocalDate from) {
        jdbc.sql("""
                        update sig set meeting_weekday = :weekday, meeting_time = :time, meeting_time_zone = :zone,
                          meeting_cadence = :cadence, meeting_url = :url, meetings_from = :from
                        where name = :name""")
                .param("weekday", weekday.name()).param("time", time.toString()).param("zone", timeZone.getId())
                .param("cadence", cadence.name()).param("url", url).param("from", Date.valueOf(from))
                .param("name", name).update();
    }

    private MeetingSchedule toSchedule(ResultSet rs, int row) throws SQLException {
        return new MeetingSchedule(rs.getString("name"), rs.getString("display_name"),
                DayOfWeek.valueOf(rs.getString("meeting_weekday")), LocalTime.parse(rs.getString("meeting_time")),
                ZoneId.of(rs.getString("meeting_time_zone")), MeetingCadence.valueOf(rs.getString("meeting_cadence")),
                rs.getString("meeting_url"), rs.getDate("meetings_from").toLocalDate());
    }
}
