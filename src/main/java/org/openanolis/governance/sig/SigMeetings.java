package org.openanolis.governance.sig;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.timeline.Timeline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * A SIG's meeting schedule (DOMAIN.md "Publishing", Calendars): set at its proposal or later by its chairs, and read
 * by the calendars. A changed schedule runs from the day of the change, in the SIG's time zone.
 */
@Service
@RequiredArgsConstructor
public class SigMeetings {

    private final SigDirectory directory;
    private final MeetingScheduleRepository schedules;
    private final Timeline timeline;
    private final Clock clock;

    /** The schedule of the SIG of this name, empty when there is no such SIG or it has no schedule. */
    public Optional<MeetingSchedule> of(String sig) {
        return schedules.of(sig);
    }

    /** The schedules of the ACTIVE and INACTIVE SIGs this person chairs or leads technically. */
    public List<MeetingSchedule> ledBy(String person) {
        return schedules.ledBy(person);
    }

    /** Only a chair of a live SIG sets its meetings. */
    public boolean mayChange(String sig, String person) {
        return directory.isLive(sig) && directory.find(sig).map(s -> s.chairs().contains(person)).orElse(false);
    }

    /**
     * A chair sets the SIG's schedule: 404 for no live SIG of that name, 403 for anyone but its chairs, 400 naming
     * every invalid field. The SIG's calendar keeps its event's UID, so subscribers see the series move.
     */
    @Transactional
    public MeetingSchedule change(String sigName, MeetingScheduleForm form, String chair) {
        String sig = directory.lockNamed(sigName)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.sig.no-active-sig", sigName)));
        if (!directory.leadsOf(sig).chairs().contains(chair)) {
            throw new ForbiddenException(Languages.text("error.sig.only-chair-may-change-meetings", sig));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<DayOfWeek> weekday = MeetingRules.weekday("weekday", form.weekday(), true, problems);
        Optional<LocalTime> time = MeetingRules.time("time", form.time(), true, problems);
        Optional<ZoneId> zone = MeetingRules.timeZone("timeZone", form.timeZone(), true, problems);
        TextRules.oneOf("cadence", form.cadence(), MeetingCadence.class, problems);
        Optional<String> url = MeetingRules.url("url", form.url(), false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone.orElseThrow());
        schedules.update(sig, weekday.orElseThrow(), time.orElseThrow(), zone.orElseThrow(),
                MeetingCadence.valueOf(form.cadence()), url.orElse(null), today);
        timeline.record(SigCaseType.SIG.key(), sig, "MEETINGS_CHANGED", chair, null);
        return schedules.of(sig).orElseThrow();
    }
}
