package org.openanolis.governance.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.openanolis.governance.cases.CommentPeriods;
import org.openanolis.governance.casetype.CaseTypes;
import org.openanolis.governance.sig.MeetingSchedule;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.sig.SigMeetings;
import org.openanolis.governance.sig.SigState;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.task.TaskDeadlines;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.task.TaskView;
import org.openanolis.governance.vote.Vote;
import org.openanolis.governance.vote.Votes;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriUtils;

/**
 * The calendars (DOMAIN.md "Publishing", Calendars), as the text of .ics files in the reader's language: a SIG's
 * meetings and the committee's open votes and comment periods, public; and one person's, behind their secret link:
 * the meetings of the SIGs they lead and the deadlines of their own open ballots and tasks. The public ones carry
 * nothing a running vote's outsiders may not see: when it closes, not how it stands.
 */
@Service
public class Calendars {

    private final SigDirectory directory;
    private final SigMeetings meetings;
    private final Votes votes;
    private final CommentPeriods commentPeriods;
    private final TaskDeadlines taskDeadlines;
    private final CaseTypes caseTypes;
    private final CalendarLinks links;
    private final String baseUrl;
    private final String host;

    Calendars(SigDirectory directory, SigMeetings meetings, Votes votes, CommentPeriods commentPeriods,
              TaskDeadlines taskDeadlines, CaseTypes caseTypes, CalendarLinks links, GovernanceProperties properties) {
        this.directory = directory;
        this.meetings = meetings;
        this.votes = votes;
        this.commentPeriods = commentPeriods;
        this.taskDeadlines = taskDeadlines;
        this.caseTypes = caseTypes;
        this.links = links;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
        this.host = URI.create(baseUrl).getHost();
    }

    /** The SIG's meetings; none for a SIG without a schedule or retired, 404 for no SIG of that name. */
    public String ofSig(String name) {
        Sig sig = directory.find(name)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.sig.none", name)));
        CalendarEvents calendar = new CalendarEvents(words("calendar.name.sig", sig.displayName()), host);
        if (!SigState.RETIRED.name().equals(sig.status())) {
            meetings.of(sig.name()).ifPresent(schedule -> addMeetings(calendar, schedule));
        }
        return calendar.text();
    }

    /** Every open vote's deadline and every running comment period. */
    public String ofCommittee() {
        CalendarEvents calendar = new CalendarEvents(words("calendar.name.committee"), host);
        for (Vote vote : votes.openVotes()) {
            calendar.deadline("vote-" + vote.id(), vote.closesAt(),
                    words("calendar.vote-closes", kindOf(vote.caseType()), vote.caseName()),
                    caseUrl(vote.caseType(), vote.caseId()));
        }
        for (CommentPeriods.Running period : commentPeriods.running()) {
            calendar.period("comment-period-" + period.type().key().toLowerCase(Locale.ROOT) + "-" + period.caseId(),
                    period.startsAt(), period.endsAt(),
                    words("calendar.comment-period", kindOf(period.type().key()), period.shownName()),
                    caseUrl(period.type().key(), period.caseId()));
        }
        return calendar.text();
    }

    /**
     * The calendar of the person whose link ends in this token: the meetings of the SIGs they chair or lead
     * technically, the close of every open vote they have yet to vote in, and when each other open task of theirs is
     * due ({@link TaskDeadlines}). Empty for a token that is no one's.
     */
    public Optional<String> ofPerson(String token) {
        return links.personOf(token).map(person -> {
            CalendarEvents calendar = new CalendarEvents(words("calendar.name.person"), host);
            meetings.ledBy(person).forEach(schedule -> addMeetings(calendar, schedule));
            for (Vote vote : votes.awaitingBallotOf(person)) {
                calendar.deadline("ballot-" + vote.id(), vote.closesAt(),
                        words("calendar.ballot-due", kindOf(vote.caseType()), vote.caseName()),
                        caseUrl(vote.caseType(), vote.caseId()));
            }
            for (TaskDeadlines.TaskDeadline due : taskDeadlines.of(person)) {
                TaskView task = due.task();
                // A ballot's task is the ballot above.
                if (task.kind() != TaskKind.COMMITTEE_BALLOT) {
                    calendar.deadline("task-" + task.id(), due.dueAt(),
                            words("calendar.task-due", task.title(), task.shownCaseName()),
                            baseUrl + "/tasks/" + UriUtils.encodePathSegment(task.id(), UTF_8));
                }
            }
            return calendar.text();
        });
    }

    private void addMeetings(CalendarEvents calendar, MeetingSchedule schedule) {
        calendar.meetings(schedule, words("calendar.sig-meeting", schedule.displayName(), schedule.sig()),
                words("calendar.sig-meeting-description",
                        words("pages.sig-proposal-form.cadence." + schedule.cadence().name()),
                        words("pages.sig-meetings.weekday." + schedule.weekday().name()),
                        schedule.time().toString(), schedule.timeZone().getId(),
                        baseUrl + "/sigs/" + UriUtils.encodePathSegment(schedule.sig(), UTF_8)));
    }

    /** A message of the calendar in the reader's language, the values filling its places as plain text. */
    private static String words(String code, Object... values) {
        return Languages.textIn(Languages.current(), code, values);
    }

    private static String kindOf(String caseType) {
        return Languages.textOr(caseType, "error.kind." + caseType);
    }

    private String caseUrl(String caseType, String caseId) {
        return caseTypes.byKey(caseType)
                .map(type -> baseUrl + type.pagePath(UriUtils.encodePathSegment(caseId, UTF_8))).orElse(null);
    }
}
