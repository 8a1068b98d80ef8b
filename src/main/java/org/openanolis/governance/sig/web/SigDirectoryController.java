package org.openanolis.governance.sig.web;

import java.net.URI;
import java.security.Principal;

import org.openanolis.governance.sig.CheckIn;
import org.openanolis.governance.sig.MeetingSchedule;
import org.openanolis.governance.sig.MeetingScheduleForm;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.sig.SigHealth;
import org.openanolis.governance.sig.SigLeadership;
import org.openanolis.governance.sig.SigMeetings;
import org.openanolis.governance.sig.SigState;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/** The SIGs in the API, and what their leads do without a case: check in, step down, set the meetings. */
@RestController
@RequestMapping("/api/sigs")
@RequiredArgsConstructor
class SigDirectoryController {

    private final SigDirectory directory;
    private final SigLeadership leadership;
    private final SigHealth health;
    private final SigMeetings meetings;

    /** ACTIVE and INACTIVE SIGs, unless {@code ?status=} asks for one state (RETIRED ones only so). */
    @GetMapping
    Page<Sig> list(@RequestParam(required = false) SigState status, PageRequest page) {
        return directory.list(status, page);
    }

    /** A SIG in any state: a retired one with its retirement. */
    @GetMapping("/{name}")
    Sig get(@PathVariable String name) {
        return directory.find(name).orElseThrow(() -> new NotFoundException(Languages.text("error.sig.none", name)));
    }

    /** A chair says the SIG is active (201). */
    @PostMapping("/{name}/check-ins")
    ResponseEntity<CheckIn> checkIn(@PathVariable String name, Principal principal) {
        CheckIn checkIn = health.checkIn(name, principal.getName());
        return ResponseEntity.created(URI.create("/api/sigs/" + checkIn.sig())).body(checkIn);
    }

    /** That lead leaves their roles (200 with the SIG), or 409 when the SIG would keep fewer than two chairs. */
    @PostMapping("/{name}/leads/{user}/step-down")
    Sig stepDown(@PathVariable String name, @PathVariable String user, Principal principal) {
        return leadership.stepDown(name, user, principal.getName());
    }

    /** The SIG's meeting schedule, or 404 when it has none. */
    @GetMapping("/{name}/meetings")
    MeetingSchedule meetings(@PathVariable String name) {
        return meetings.of(name).orElseThrow(() -> new NotFoundException(Languages.text("error.sig.no-meetings", name)));
    }

    /** A chair sets the SIG's meeting schedule (200 with it); 403 for anyone else, 400 naming every bad field. */
    @PutMapping("/{name}/meetings")
    MeetingSchedule setMeetings(@PathVariable String name, @RequestBody MeetingScheduleForm form, Principal principal) {
        return meetings.change(name, form, principal.getName());
    }
}
