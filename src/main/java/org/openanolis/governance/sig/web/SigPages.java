package org.openanolis.governance.sig.web;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openanolis.governance.cases.CaseFormPages;
import org.openanolis.governance.portal.FieldLabels;
import org.openanolis.governance.portal.FormLines;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.portal.SeeOther;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigCaseType;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.sig.SigHealth;
import org.openanolis.governance.sig.SigLeadership;
import org.openanolis.governance.sig.SigMeetings;
import org.openanolis.governance.sig.SigReports;
import org.openanolis.governance.sig.SigRetirements;
import org.openanolis.governance.sig.SponsoredProjectFacts;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.PortalController;
import org.openanolis.governance.timeline.Timeline;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import lombok.RequiredArgsConstructor;

/**
 * A SIG's page in the portal: its charter, leads and emeritus leads, annual reports, last activity, retirement and
 * history, its meetings and their calendar, with the buttons a person may use there (check in, step down, set the
 * meetings, propose a leadership change or the SIG's retirement) shown only to those who may, and the forms behind
 * them. The services decide who may and refuse everyone else, whatever they post.
 */
@PortalController
@RequiredArgsConstructor
class SigPages {

    static final String LEADERSHIP_FORM = "sig/leadership-form";
    static final String RETIREMENT_FORM = "sig/retirement-form";

    private final SigDirectory directory;
    private final SigLeadership leadership;
    private final SigHealth health;
    private final SigRetirements retirements;
    private final SigReports reports;
    private final SigMeetings meetings;
    /** The projects module answers, since it depends on this one. */
    private final ObjectProvider<SponsoredProjectFacts> projects;
    private final Timeline timeline;
    private final CaseFormPages pages;
    private final FieldLabels labels;

    @GetMapping("/sigs/{name}")
    String sig(@PathVariable String name, Principal principal, Model model) {
        Sig sig = find(name);
        String me = principal.getName();
        model.addAttribute("sig", sig);
        model.addAttribute("history", timeline.of(SigCaseType.SIG.key(), sig.name()));
        boolean live = directory.isLive(sig.name());
        model.addAttribute("canCheckIn", health.mayCheckIn(sig.name(), me));
        model.addAttribute("isLead", live && (sig.chairs().contains(me) || sig.techLeads().contains(me)));
        model.addAttribute("canProposeChange", live && leadership.mayPropose(sig.name(), me));
        model.addAttribute("canProposeRetirement", live && retirements.mayPropose(sig.name(), me));
        model.addAttribute("reports", reports.of(sig.name(), me));
        model.addAttribute("meetings", meetings.of(sig.name()).orElse(null));
        model.addAttribute("canSetMeetings", meetings.mayChange(sig.name(), me));
        model.addAttribute("projects", Optional.ofNullable(projects.getIfAvailable())
                .map(p -> p.sponsoredBy(sig.name(), Instant.EPOCH, Instant.MAX)).orElse(List.of()));
        return "sig/sig";
    }

    @PostMapping("/sigs/{name}/check-ins")
    RedirectView checkIn(@PathVariable String name, Principal principal) {
        return SeeOther.to("/sigs/" + health.checkIn(name, principal.getName()).sig());
    }

    /**
     * Stepping down cannot be undone by the lead (only a leadership change brings them back): the SIG's page links
     * here, and only this page's button does it.
     */
    @GetMapping("/sigs/{name}/step-down")
    String confirmStepDown(@PathVariable String name, Principal principal, Model model) {
        Sig sig = find(name);
        String me = principal.getName();
        if (!directory.isLive(sig.name()) || !(sig.chairs().contains(me) || sig.techLeads().contains(me))) {
            throw new ForbiddenException(Languages.text("error.sig.only-lead-may-step-down", sig.name()));
        }
        model.addAttribute("sig", sig);
        return "sig/step-down";
    }

    @PostMapping("/sigs/{name}/step-down")
    RedirectView stepDown(@PathVariable String name, Principal principal) {
        return SeeOther.to("/sigs/" + leadership.stepDown(name, principal.getName(), principal.getName()).name());
    }

    @GetMapping("/sigs/{name}/leadership-changes/new")
    String newChange(@PathVariable String name, Principal principal, Model model) {
        Sig sig = find(name);
        leadership.requireProposer(sig.name(), principal.getName());
        LeadershipChangeInput input = new LeadershipChangeInput();
        input.setSig(sig.name());
        model.addAttribute("change", input);
        return proposing(sig, model);
    }

    @PostMapping("/sig-leadership-changes")
    ModelAndView propose(@ModelAttribute("change") LeadershipChangeInput input, BindingResult result,
                         Principal principal, Model model) {
        return FormPosts.posted(() -> "/sig-leadership-changes/"
                        + leadership.submit(input.toDetails(), principal.getName()).getId(),
                problems -> showOnForm(problems, input, result),
                () -> proposing(directory.find(input.getSig() == null ? "" : input.getSig()).orElse(null), model));
    }

    @GetMapping("/sigs/{name}/retirements/new")
    String newRetirement(@PathVariable String name, Principal principal, Model model) {
        Sig sig = find(name);
        retirements.requireProposer(sig.name(), principal.getName());
        RetirementInput input = new RetirementInput();
        input.setSig(sig.name());
        model.addAttribute("retirement", input);
        return proposingRetirement(sig, model);
    }

    @PostMapping("/sig-retirements")
    ModelAndView proposeRetirement(@ModelAttribute("retirement") RetirementInput input, BindingResult result,
                                   Principal principal, Model model) {
        return FormPosts.posted(() -> "/sig-retirements/"
                        + retirements.submit(input.toDetails(), principal.getName()).getId(),
                problems -> FormProblems.reject(problems, result, problem -> FormProblems.labelled(problem,
                        field -> labels.of("sig-retirement", field), field -> List.of())),
                () -> proposingRetirement(directory.find(input.getSig() == null ? "" : input.getSig()).orElse(null),
                        model));
    }

    private String proposingRetirement(Sig sig, Model model) {
        model.addAttribute("sig", sig);
        Map<String, String> successors = new LinkedHashMap<>();
        successors.put("", "No successor");
        directory.displayNames().forEach((name, displayName) -> {
            if (sig == null || !name.equals(sig.name())) {
                successors.put(name, displayName + " (" + name + ")");
            }
        });
        model.addAttribute("successors", successors);
        return pages.proposing(SigCaseType.RETIREMENT, RETIREMENT_FORM, model);
    }

    private String proposing(Sig sig, Model model) {
        model.addAttribute("sig", sig);
        return pages.proposing(SigCaseType.LEADERSHIP_CHANGE, LEADERSHIP_FORM, model);
    }

    private void showOnForm(List<FieldProblem> problems, LeadershipChangeInput input, BindingResult result) {
        FormProblems.reject(problems, result, problem -> FormProblems.labelled(problem,
                field -> labels.of("sig-leadership-change", field), field -> switch (field) {
                    case "addChairs" -> FormLines.of(input.getAddChairs());
                    case "removeChairs" -> FormLines.of(input.getRemoveChairs());
                    case "addTechLeads" -> FormLines.of(input.getAddTechLeads());
                    case "removeTechLeads" -> FormLines.of(input.getRemoveTechLeads());
                    default -> List.of();
                }));
    }

    private Sig find(String name) {
        return directory.find(name)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.sig.no-active-sig", name)));
    }
}
