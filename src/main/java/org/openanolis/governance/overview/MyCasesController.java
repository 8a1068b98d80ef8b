package org.openanolis.governance.overview;

import java.security.Principal;
import java.time.Instant;

import org.openanolis.governance.cases.CasesOfPerson;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import lombok.RequiredArgsConstructor;

/**
 * "My cases": every case the signed-in person proposed or applied for, of every kind, the most recently changed
 * first.
 */
@PortalController
@RequiredArgsConstructor
class MyCasesController {

    private final CasesOfPerson cases;

    /** One row of the list. */
    record MyCase(String type, String kind, String name, String status, Instant changedAt, String href) {
    }

    @GetMapping("/my/cases")
    String myCases(Principal principal, Model model) {
        model.addAttribute("cases", cases.openedBy(principal.getName()).stream()
                .map(c -> new MyCase(c.type().key(), c.type().label(), c.shownName(), c.status(), c.updatedAt(),
                        c.type().pagePath(c.id())))
                .toList());
        return "portal/my-cases";
    }
}
