package org.openanolis.governance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.support.PortalForms;
import org.openanolis.governance.support.ProjectProposalBodies;
import org.openanolis.governance.vote.Vote;
import org.openanolis.governance.vote.Votes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The calendars as a calendar application reads them, without signing in, parsed by ical4j: a SIG in Berlin and one
 * in Shanghai across Berlin's change to summer time on 2027-03-28; the committee's open votes and comment periods;
 * a person's own calendar at the link only they were shown. Times are moved behind the API only to fix the day a
 * schedule runs from, so the meetings of March 2027 are the same whenever the test runs.
 */
@GovernanceTest
class CalendarsIntegrationTests extends ApiScenario {

    private static final MediaType ICS = MediaType.valueOf("text/calendar");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant BEFORE_THE_CHANGE = Instant.parse("2027-03-20T00:00:00Z");
    private static final Instant AFTER_THE_CHANGE = Instant.parse("2027-04-05T00:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    EngineDriver engine;
    @Autowired
    Votes votes;
    @Autowired
    CalendarLinks links;

    @Test
    void aScheduleGivenAtProposalIsTheNewSigsCalendar() throws Exception {
        Map<String, Object> schedule = Map.of("meetingWeekday", "thursday", "meetingTime", "10:00",
                "meetingTimeZone", "Asia/Shanghai", "meetingUrl", "https://meet.example.org/cloud");
        String sig = sigProposedWith("proposed", schedule);

        Api.Answer meetings = api.anonymous().get("/api/sigs/" + sig + "/meetings");
        assertThat(meetings.status()).as("%s", meetings).isEqualTo(401);
        meetings = api.as("paul").get("/api/sigs/" + sig + "/meetings");
        assertThat(meetings.status()).as("%s", meetings).isEqualTo(200);
        assertThat(List.of(meetings.field("weekday"), meetings.field("time"), meetings.field("timeZone"),
                meetings.field("cadence"), meetings.field("url")))
                .containsExactly("THURSDAY", "10:00", "Asia/Shanghai", "BIWEEKLY", "https://meet.example.org/cloud");

        Api.Answer feed = api.anonymous().get("/calendars/sigs/" + sig + ".ics", ICS);
        assertThat(feed.status()).as("%s", feed).isEqualTo(200);
        assertThat(feed.headers().getFirst("Content-Type")).isEqualToIgnoringCase("text/calendar;charset=utf-8");
        VEvent meeting = onlyEvent(CalendarEventsTests.parse(feed.text()));
        assertThat(meeting.getUid().orElseThrow().getValue()).isEqualTo("meetings-" + sig + "@localhost");
        assertThat(meeting.getProperty("RRULE").orElseThrow().getValue()).contains("FREQ=WEEKLY", "INTERVAL=2",
                "BYDAY=TH");
        assertThat(meeting.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Shanghai");
        assertThat(meeting.getProperty("URL").orElseThrow().getValue()).isEqualTo("https://meet.example.org/cloud");
        assertThat(feed.text()).contains("BEGIN:VTIMEZONE", "TZID:Asia/Shanghai");
        assertThat(meeting.getSummary().orElseThrow().getValue()).isEqualTo("Confidential AI (" + sig + ") meeting");

        Api.Answer chinese = api.anonymous().reading("zh-CN").get("/calendars/sigs/" + sig + ".ics", ICS);
        VEvent inChinese = onlyEvent(CalendarEventsTests.parse(chinese.text()));
        assertThat(inChinese.getSummary().orElseThrow().getValue()).isEqualTo("Confidential AI（" + sig + "）例会");
        assertThat(inChinese.getUid()).isEqualTo(meeting.getUid());
    }

    @Test
    void aBerlinMeetingKeepsItsLocalTimeAcrossDaylightSavingWhileShanghaisKeepsItsUtcTime() throws Exception {
        String berlin = activeSig("berlin", List.of("quinn", "rita"), List.of());
        String shanghai = activeSig("shanghai", List.of("quinn", "rita"), List.of());
        scheduleFrom("2027-01-04T08:00:00Z", berlin, "THURSDAY", "18:00", "Europe/Berlin", "WEEKLY");
        scheduleFrom("2027-01-04T08:00:00Z", shanghai, "THURSDAY", "18:00", "Asia/Shanghai", "WEEKLY");

        List<ZonedDateTime> inBerlin = CalendarEventsTests.occurrences(sigCalendar(berlin), BEFORE_THE_CHANGE,
                AFTER_THE_CHANGE);
        List<ZonedDateTime> inShanghai = CalendarEventsTests.occurrences(sigCalendar(shanghai), BEFORE_THE_CHANGE,
                AFTER_THE_CHANGE);

        assertThat(inBerlin).extracting(ZonedDateTime::toInstant).containsExactly(
                Instant.parse("2027-03-25T17:00:00Z"), Instant.parse("2027-04-01T16:00:00Z"));
        assertThat(inBerlin).extracting(m -> m.withZoneSameInstant(BERLIN).toLocalDateTime()).containsExactly(
                LocalDateTime.parse("2027-03-25T18:00"), LocalDateTime.parse("2027-04-01T18:00"));
        assertThat(inShanghai).extracting(ZonedDateTime::toInstant).containsExactly(
                Instant.parse("2027-03-25T10:00:00Z"), Instant.parse("2027-04-01T10:00:00Z"));
    }

    @Test
    void aCalendarApplicationShowsTheSigsNextMeetingsInTheReadersZone() throws Exception {
        String berlin = activeSig("reader", List.of("quinn", "rita"), List.of());
        scheduleFrom("2027-01-04T08:00:00Z", berlin, "THURSDAY", "18:00", "Europe/Berlin", "WEEKLY");

        // A reader in Shanghai asks on 2027-03-20 for the next three meetings.
        List<LocalDateTime> next = CalendarEventsTests.occurrences(sigCalendar(berlin), BEFORE_THE_CHANGE,
                        BEFORE_THE_CHANGE.plus(Duration.ofDays(31))).stream().limit(3)
                .map(m -> m.withZoneSameInstant(SHANGHAI).toLocalDateTime()).toList();

        assertThat(next).containsExactly(LocalDateTime.parse("2027-03-26T01:00"),
                LocalDateTime.parse("2027-04-02T00:00"), LocalDateTime.parse("2027-04-09T00:00"));
    }

    @Test
    void theMeetingsUidStaysTheSameAcrossFetchesAndAScheduleChange() throws Exception {
        String sig = activeSig("uid", List.of("quinn", "rita"), List.of());
        scheduleFrom("2027-01-04T08:00:00Z", sig, "THURSDAY", "18:00", "Europe/Berlin", "WEEKLY");
        VEvent first = onlyEvent(sigCalendar(sig));
        VEvent again = onlyEvent(sigCalendar(sig));

        scheduleFrom("2027-02-01T08:00:00Z", sig, "monday", "09:30", "Asia/Shanghai", "MONTHLY");
        VEvent changed = onlyEvent(sigCalendar(sig));

        assertThat(again.getUid()).isEqualTo(first.getUid());
        assertThat(changed.getUid()).isEqualTo(first.getUid());
        assertThat(changed.getProperty("RRULE").orElseThrow().getValue()).contains("FREQ=MONTHLY", "BYDAY=1MO");
        assertThat(CalendarEventsTests.occurrences(sigCalendar(sig), Instant.parse("2027-02-01T00:00:00Z"),
                Instant.parse("2027-04-01T00:00:00Z"))).extracting(ZonedDateTime::toInstant).containsExactly(
                Instant.parse("2027-02-01T01:30:00Z"), Instant.parse("2027-03-01T01:30:00Z"));
    }

    @Test
    void onlyAChairSetsTheMeetingsAndEveryBadFieldIsNamedAtOnce() {
        String sig = activeSig("rules", List.of("quinn", "rita"), List.of());
        Map<String, Object> good = schedule("TUESDAY", "18:00", "Europe/Berlin", "WEEKLY");

        assertThat(api.anonymous().put("/api/sigs/" + sig + "/meetings", good).status()).isEqualTo(401);
        assertProblem(api.as("paul").put("/api/sigs/" + sig + "/meetings", good), 403, "forbidden");
        assertThat(api.as("rita").put("/api/sigs/sig-none-such/meetings", good).status()).isEqualTo(404);

        Map<String, Object> bad = new LinkedHashMap<>(schedule("Funday", "25:00", "Mars/Olympus", "DAILY"));
        bad.put("url", "ftp://meet.example.org");
        Api.Answer refused = api.as("rita").put("/api/sigs/" + sig + "/meetings", bad);
        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("weekday", "time", "timeZone", "cadence", "url");
        assertThat(api.as("rita").get("/api/sigs/" + sig + "/meetings").status()).isEqualTo(404);

        Map<String, Object> partial = new LinkedHashMap<>(proposal(uniqueName("partial")));
        partial.put("meetingWeekday", "TUESDAY");
        partial.put("meetingUrl", "mailto:sig@example.org");
        Api.Answer partialRefused = api.as("paul").post("/api/sig-proposals", partial);
        assertProblem(partialRefused, 400, "invalid-input");
        assertThat(partialRefused.errorFields()).containsExactlyInAnyOrder("meetingTime", "meetingTimeZone",
                "meetingUrl");

        Api.Answer set = api.as("rita").put("/api/sigs/" + sig + "/meetings", good);
        assertThat(set.status()).as("%s", set).isEqualTo(200);
        assertThat(set.field("weekday")).isEqualTo("TUESDAY");
    }

    @Test
    void theCommitteeCalendarShowsEveryOpenVotesCloseAndEveryCommentPeriodButNoCounts() throws Exception {
        String proposal = acceptedForVote(uniqueName("committee"));
        Vote vote = votes.latest("SIG_PROPOSAL", proposal).orElseThrow();
        String sig = activeSig("retiring", List.of("quinn", "rita"), List.of());
        Api.Answer retirement = api.as("quinn").post("/api/sig-retirements", Map.of("sig", sig,
                "reason", "Its work is done"));
        assertThat(retirement.status()).as("%s", retirement).isEqualTo(201);
        String retirementId = retirement.field("id");

        Map<String, VEvent> before = events(committeeCalendar());
        VEvent closes = before.get("vote-" + vote.id() + "@localhost");
        assertThat(closes).as("the open vote in %s", before.keySet()).isNotNull();
        // iCalendar counts in whole seconds.
        assertThat(Instant.from(closes.getStartDate().orElseThrow().getDate()))
                .isEqualTo(vote.closesAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(closes.getSummary().orElseThrow().getValue()).contains(vote.caseName());
        assertThat(closes.getProperty("URL").orElseThrow().getValue()).endsWith("/sig-proposals/" + proposal);
        VEvent period = before.get("comment-period-sig_retirement-" + retirementId + "@localhost");
        assertThat(period).as("the comment period in %s", before.keySet()).isNotNull();
        assertThat(Duration.between(Instant.from(period.getStartDate().orElseThrow().getDate()),
                Instant.from(period.getEndDate().orElseThrow().getDate()))).isEqualTo(Duration.ofDays(14));

        approveBy(proposal, "bob", "dave");
        Map<String, VEvent> after = events(committeeCalendar());

        // A ballot changes nothing anyone can read in the public calendar: not even when the event was stamped.
        assertThat(withoutStamp(after.get("vote-" + vote.id() + "@localhost"))).isEqualTo(withoutStamp(closes));

        Api.Answer withdrawn = api.as("quinn").post("/api/sig-retirements/" + retirementId + "/withdrawal",
                Map.of("reason", "Not yet"));
        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
        assertThat(events(committeeCalendar())).doesNotContainKey("comment-period-sig_retirement-" + retirementId
                + "@localhost");
    }

    @Test
    void aPersonsCalendarIsAtTheLinkOnlyTheyWereShownAndANewLinkKillsTheOld() throws Exception {
        String sig = activeSig("private", List.of("quinn", "rita"), List.of());
        scheduleFrom("2027-01-04T08:00:00Z", sig, "WEDNESDAY", "16:00", "Europe/Berlin", "BIWEEKLY");
        String project = uniqueName("endorse");
        Api.Answer proposed = api.as("paul").post("/api/project-proposals", ProjectProposalBodies.valid(project, sig));
        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        String endorsement = taskId("quinn", proposed.field("id"), "SIG_ENDORSEMENT");
        String inVote = acceptedForVote(uniqueName("ballot"));
        Vote vote = votes.latest("SIG_PROPOSAL", inVote).orElseThrow();

        try (Portal quinn = new Portal(port)) {
            quinn.signIn("quinn");
            HtmlPage page = quinn.open("/my/calendar");
            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
            String first = madeLink(quinn, page);
            Api.Answer mine = api.anonymous().get(pathOf(first), ICS);
            assertThat(mine.status()).as("%s", mine).isEqualTo(200);
            assertThat(mine.headers().getFirst("Content-Type")).isEqualToIgnoringCase("text/calendar;charset=utf-8");
            Map<String, VEvent> events = events(CalendarEventsTests.parse(mine.text()));
            assertThat(events).containsKeys("meetings-" + sig + "@localhost", "task-" + endorsement + "@localhost");
            // Quinn is on no committee: no ballot of his is due, and no one else's shows.
            assertThat(events.keySet()).noneMatch(uid -> uid.startsWith("ballot-"));
            VEvent endorse = events.get("task-" + endorsement + "@localhost");
            Instant proposedAt = Instant.parse(api.as("paul").get("/api/project-proposals/" + proposed.field("id"))
                    .field("submittedAt"));
            assertThat(Duration.between(proposedAt, Instant.from(endorse.getStartDate().orElseThrow().getDate())))
                    .isBetween(Duration.ofDays(14).minusMinutes(1), Duration.ofDays(14).plusMinutes(1));

            HtmlPage later = quinn.open("/my/calendar");
            assertThat(later.asXml()).doesNotContain(first.substring(first.lastIndexOf('/') + 1));
            assertThat((Object) later.querySelector(".link-made")).isNotNull();

            String second = madeLink(quinn, later);
            assertThat(second).isNotEqualTo(first);
            assertProblem(api.anonymous().get(pathOf(first), ICS), 404, "not-found");
            assertThat(api.anonymous().get(pathOf(second), ICS).status()).isEqualTo(200);
        }

        String bobs = "/calendars/people/" + links.renew("bob") + ".ics";
        assertThat(events(CalendarEventsTests.parse(api.anonymous().get(bobs, ICS).text())))
                .containsKey("ballot-" + vote.id() + "@localhost");
        approveBy(inVote, "bob");
        assertThat(events(CalendarEventsTests.parse(api.anonymous().get(bobs, ICS).text())))
                .doesNotContainKey("ballot-" + vote.id() + "@localhost");

        assertProblem(api.anonymous().get("/calendars/people/" + "A".repeat(43) + ".ics", ICS), 404, "not-found");
        assertProblem(api.anonymous().get("/calendars/people/quinn.ics", ICS), 404, "not-found");
        assertThat(api.anonymous().get("/calendars/sigs/sig-none-such.ics", ICS).status()).isEqualTo(404);
    }

    @Test
    void aChairSetsTheMeetingsOnTheSigsPageAndEveryBadFieldIsShownNextToIt() {
        String sig = activeSig("page", List.of("quinn", "rita"), List.of());
        try (Portal quinn = new Portal(port); Portal paul = new Portal(port)) {
            quinn.signIn("quinn");
            HtmlPage page = quinn.open("/sigs/" + sig);
            assertThat(page.querySelector(".no-schedule").asNormalizedText()).contains("no day and time");
            HtmlPage form = quinn.open(page.getAnchorByText("Set the meetings").getHrefAttribute());
            assertThat(PortalForms.value(form, "cadence")).isEqualTo("BIWEEKLY");

            PortalForms.fill(form, "time", "6pm");
            PortalForms.fill(form, "timeZone", "Berlin");
            PortalForms.fill(form, "url", "meet.example.org");
            HtmlPage refused = quinn.submit(PortalForms.form(form, "/sigs/" + sig + "/meetings"));
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(PortalForms.errorOf(refused, "weekday")).contains("Day: is required");
            assertThat(PortalForms.errorOf(refused, "time")).contains("HH:mm");
            assertThat(PortalForms.errorOf(refused, "timeZone")).contains("IANA time zone");
            assertThat(PortalForms.errorOf(refused, "url")).contains("http or https");
            assertThat(PortalForms.value(refused, "timeZone")).isEqualTo("Berlin");

            PortalForms.fill(refused, "weekday", "FRIDAY");
            PortalForms.fill(refused, "time", "07:30");
            PortalForms.fill(refused, "timeZone", "Asia/Shanghai");
            PortalForms.fill(refused, "url", "https://meet.example.org/page");
            HtmlPage shown = quinn.submit(PortalForms.form(refused, "/sigs/" + sig + "/meetings"));
            assertThat(shown.getUrl().getPath()).isEqualTo("/sigs/" + sig);
            assertThat(shown.querySelector(".schedule").asNormalizedText()).isEqualTo("on Friday at 07:30 (Asia/Shanghai)");
            assertThat(shown.getAnchorByText("Calendar (.ics)").getHrefAttribute())
                    .isEqualTo("/calendars/sigs/" + sig + ".ics");
            assertThat(shown.querySelector(".timeline").asNormalizedText()).contains("The meetings were changed by");

            paul.signIn("paul");
            assertThat(paul.open("/sigs/" + sig).getAnchors()).noneMatch(a -> a.asNormalizedText()
                    .equals("Set the meetings"));
            assertThat(paul.open("/sigs/" + sig + "/meetings").getWebResponse().getStatusCode()).isEqualTo(403);
        }
    }

    /** Presses the page's button for a new link and answers the link the next page shows once. */
    private static String madeLink(Portal portal, HtmlPage page) {
        HtmlPage made = portal.submit(page.getFirstByXPath("//form[@action='/my/calendar/link']"));
        assertThat(made.getUrl().getPath()).isEqualTo("/my/calendar");
        String link = made.querySelector(".calendar-link").getTextContent().strip();
        assertThat(link).matches("https?://[^/]+/calendars/people/[A-Za-z0-9_-]{43}\\.ics");
        return link;
    }

    private static String pathOf(String link) {
        return link.substring(link.indexOf("/calendars/"));
    }

    /** Paul proposes a SIG with this schedule, and it is created as every SIG is. */
    private String sigProposedWith(String stem, Map<String, Object> schedule) {
        String name = uniqueName(stem);
        Map<String, Object> body = new LinkedHashMap<>(proposal(name));
        body.putAll(schedule);
        String id = submit("paul", body);
        triage(id, "ACCEPT", null);
        approveBy(id, "alice", "bob", "carol", "dave", "erin");
        engine.passTime(id, Duration.ofHours(72));
        Api.Answer provisioned = complete("olivia", taskId("olivia", id, "SIG_PROVISIONING"), "DONE", null);
        assertThat(provisioned.status()).as("%s", provisioned).isEqualTo(204);
        return name;
    }

    /** Quinn, a chair, sets the SIG's schedule on that day, from which it then runs. */
    private void scheduleFrom(String day, String sig, String weekday, String time, String zone, String cadence) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(day)));
        try {
            Api.Answer set = api.as("quinn").put("/api/sigs/" + sig + "/meetings",
                    schedule(weekday, time, zone, cadence));
            assertThat(set.status()).as("%s", set).isEqualTo(200);
        } finally {
            EngineDriver.resetClock();
        }
    }

    private static Map<String, Object> schedule(String weekday, String time, String zone, String cadence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("weekday", weekday);
        body.put("time", time);
        body.put("timeZone", zone);
        body.put("cadence", cadence);
        body.put("url", "https://meet.example.org/" + weekday.toLowerCase());
        return body;
    }

    private Calendar sigCalendar(String sig) throws Exception {
        Api.Answer feed = api.anonymous().get("/calendars/sigs/" + sig + ".ics", ICS);
        assertThat(feed.status()).as("%s", feed).isEqualTo(200);
        return CalendarEventsTests.parse(feed.text());
    }

    private Calendar committeeCalendar() throws Exception {
        Api.Answer feed = api.anonymous().get("/calendars/committee.ics", ICS);
        assertThat(feed.status()).as("%s", feed).isEqualTo(200);
        assertThat(feed.headers().getFirst("Content-Type")).isEqualToIgnoringCase("text/calendar;charset=utf-8");
        return CalendarEventsTests.parse(feed.text());
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().collect(Collectors.toMap(
                e -> e.getUid().orElseThrow().getValue(), e -> e, (a, b) -> a, LinkedHashMap::new));
    }

    /** Every property of the event but DTSTAMP, the moment the calendar was written. */
    private static List<String> withoutStamp(VEvent event) {
        return Arrays.stream(event.toString().split("\r?\n")).filter(line -> !line.startsWith("DTSTAMP")).toList();
    }
}
