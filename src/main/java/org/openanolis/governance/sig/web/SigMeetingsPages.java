package org.openanolis.governance.sig.web;

import java.security.Principal;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.openanolis.governance.portal.FieldLabels;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.sig.MeetingCadence;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.sig.SigMeetings;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import lombok.RequiredArgsConstructor;

/**
 * The chairs' form of a SIG's meeting schedule, linked from the SIG's page. The service decides who may change it
 * and judges every value; this page shows its verdict next to the fields and keeps everything typed.
 */
@PortalController
@RequiredArgsConstructor
class SigMeetingsPages {

    static final String FORM = "sig/meetings-form";

    private final SigDirectory directory;
    private final SigMeetings meetings;
    private final FieldLabels labels;

    /** The values of the choices, "choose" first; their words are the template's, in the reader's language. */
    @ModelAttribute("weekdays")
    List<String> weekdays() {
        return Stream.concat(Stream.of(""), Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name)).toList();
    }

    @ModelAttribute("cadences")
    List<String> cadences() {
        return Arrays.stream(MeetingCadence.values()).map(MeetingCadence::name).toList();
    }

    @GetMapping("/sigs/{name}/meetings")
    String form(@PathVariable String name, Principal principal, Model model) {
        Sig sig = find(name);
        if (!meetings.mayChange(sig.name(), principal.getName())) {
            throw new ForbiddenException(Languages.text("error.sig.only-chair-may-change-meetings", sig.name()));
        }
        MeetingsInput input = meetings.of(sig.name()).map(MeetingsInput::of).orElseGet(() -> {
            MeetingsInput fresh = new MeetingsInput();
            fresh.setCadence(sig.meetingCadence().name());
            return fresh;
        });
        model.addAttribute("meetings", input);
        return showing(sig, model);
    }

    @PostMapping("/sigs/{name}/meetings")
    ModelAndView change(@PathVariable String name, @ModelAttribute("meetings") MeetingsInput input,
                        BindingResult result, Principal principal, Model model) {
        return FormPosts.posted(() -> "/sigs/" + meetings.change(name, input.toForm(), principal.getName()).sig(),
                problems -> FormProblems.reject(problems, result, problem -> FormProblems.labelled(problem,
                        field -> labels.of("sig-meetings", field), field -> List.of())),
                () -> showing(find(name), model));
    }

    private String showing(Sig sig, Model model) {
        model.addAttribute("sig", sig);
        return FORM;
    }

    private Sig find(String name) {
        return directory.find(name)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.sig.no-active-sig", name)));
    }
}
