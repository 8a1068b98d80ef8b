package org.openanolis.governance.publishing.web;

import org.openanolis.governance.publishing.Calendars;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/**
 * The calendars as .ics files (RFC 5545), without sign-in, as calendar applications subscribe to them: a SIG's and
 * the committee's in public, a person's at their secret link. The type is set on the answer rather than negotiated,
 * since calendar applications ask for anything.
 */
@RestController
@RequiredArgsConstructor
class CalendarFeedController {

    static final MediaType ICS = MediaType.parseMediaType("text/calendar;charset=utf-8");

    private final Calendars calendars;

    @GetMapping("/calendars/sigs/{name}.ics")
    ResponseEntity<String> sig(@PathVariable String name) {
        return ics(calendars.ofSig(name));
    }

    @GetMapping("/calendars/committee.ics")
    ResponseEntity<String> committee() {
        return ics(calendars.ofCommittee());
    }

    /** 404 for a token that is no one's, saying no more than that. */
    @GetMapping("/calendars/people/{token}.ics")
    ResponseEntity<String> person(@PathVariable String token) {
        return ics(calendars.ofPerson(token)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.calendar.no-such-link"))));
    }

    private static ResponseEntity<String> ics(String calendar) {
        return ResponseEntity.ok().contentType(ICS).body(calendar);
    }
}
