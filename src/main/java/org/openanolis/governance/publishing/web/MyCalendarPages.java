package org.openanolis.governance.publishing.web;

import java.security.Principal;

import org.openanolis.governance.portal.SeeOther;
import org.openanolis.governance.publishing.CalendarLinks;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * "My calendar": the signed-in person's private calendar link. Only its hash is kept, so the link is shown once, on
 * the page the making of it leads to; making a new one (a POST with the form's CSRF token) kills the old.
 */
@PortalController
class MyCalendarPages {

    private final CalendarLinks links;
    private final String baseUrl;

    MyCalendarPages(CalendarLinks links, GovernanceProperties properties) {
        this.links = links;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    @GetMapping("/my/calendar")
    String page(Principal principal, Model model) {
        model.addAttribute("madeAt", links.madeAt(principal.getName()).orElse(null));
        model.addAttribute("committeeCalendar", baseUrl + "/calendars/committee.ics");
        return "publishing/my-calendar";
    }

    /** The new link travels to the page once, in the session's flash, and is gone on the next visit. */
    @PostMapping("/my/calendar/link")
    RedirectView renew(Principal principal, RedirectAttributes redirect) {
        String token = links.renew(principal.getName());
        redirect.addFlashAttribute("link", baseUrl + "/calendars/people/" + token + ".ics");
        return SeeOther.to("/my/calendar");
    }
}
