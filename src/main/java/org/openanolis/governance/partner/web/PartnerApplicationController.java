package org.openanolis.governance.partner.web;

import java.net.URI;
import java.security.Principal;

import org.openanolis.governance.partner.ApplicationStatus;
import org.openanolis.governance.partner.PartnerApplication;
import org.openanolis.governance.partner.PartnerApplications;
import org.openanolis.governance.partner.PartnerCaseTypes;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.vote.Votes;
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

@RestController
@RequestMapping("/api/partner-applications")
@RequiredArgsConstructor
class PartnerApplicationController {

    private final PartnerApplications applications;
    private final Votes votes;
    private final Timeline timeline;

    @PostMapping
    ResponseEntity<PartnerApplicationView> submit(@RequestBody PartnerApplicationRequest request, Principal principal) {
        PartnerApplication a = applications.submit(request.toForm(), principal.getName());
        return ResponseEntity.created(URI.create(PartnerCaseTypes.PARTNER_APPLICATION.apiPath(a.getId())))
                .body(view(a, principal));
    }

    @GetMapping
    Page<PartnerApplicationView> list(@RequestParam(required = false) ApplicationStatus status, PageRequest page,
                                      Principal principal) {
        return applications.list(status, page).map(a -> view(a, principal));
    }

    @GetMapping("/{id}")
    PartnerApplicationView get(@PathVariable String id, Principal principal) {
        return view(require(id), principal);
    }

    @PutMapping("/{id}")
    PartnerApplicationView revise(@PathVariable String id, @RequestBody PartnerApplicationRequest request,
                                  Principal principal) {
        require(id);
        return view(applications.revise(id, request.toForm(), principal.getName()), principal);
    }

    @PostMapping("/{id}/withdrawal")
    PartnerApplicationView withdraw(@PathVariable String id, @RequestBody(required = false) ReasonRequest request,
                                    Principal principal) {
        require(id);
        return view(applications.withdraw(id, principal.getName(), request == null ? null : request.reason()), principal);
    }

    private PartnerApplication require(String id) {
        return applications.find(id).orElseThrow(() -> new NotFoundException("No partner application " + id));
    }

    private PartnerApplicationView view(PartnerApplication a, Principal principal) {
        return PartnerApplicationView.of(a, votes.views(PartnerApplication.CASE_TYPE, a.getId(), principal.getName()),
                timeline.of(PartnerApplication.CASE_TYPE, a.getId()));
    }
}
