package org.openanolis.governance.sig.web;

import java.security.Principal;
import java.util.List;

import org.openanolis.governance.portal.FieldLabels;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.sig.AnnualReport;
import org.openanolis.governance.sig.SigReports;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import lombok.RequiredArgsConstructor;

/**
 * A SIG's annual report in the portal: its facts and text to everyone, and to the SIG's chairs while it is open the
 * form that saves a draft or submits it (which completes their ANNUAL_REPORT task).
 */
@PortalController
@RequiredArgsConstructor
class SigReportPages {

    static final String PAGE = "sig/report";

    private final SigReports reports;
    private final FieldLabels labels;

    @GetMapping("/sigs/{name}/reports/{year}")
    String report(@PathVariable String name, @PathVariable int year, Principal principal, Model model) {
        AnnualReport report = reports.find(name, year, principal.getName());
        model.addAttribute("input", ReportInput.of(report));
        return page(report, principal, model);
    }

    /** "Save the draft" keeps the text; "Submit the report" also publishes it. */
    @PostMapping("/sigs/{name}/reports/{year}")
    ModelAndView write(@PathVariable String name, @PathVariable int year, @RequestParam(required = false) String submit,
                       @ModelAttribute("input") ReportInput input, BindingResult result, Principal principal,
                       Model model) {
        String me = principal.getName();
        return FormPosts.posted(() -> {
                    AnnualReport saved = submit != null ? reports.submit(name, year, input.toText(), me)
                            : reports.saveDraft(name, year, input.toText(), me);
                    return "/sigs/" + saved.sig() + "/reports/" + year;
                },
                problems -> FormProblems.reject(problems, result, problem -> FormProblems.labelled(problem,
                        field -> labels.of("sig-report", field), field -> List.of())),
                () -> page(reports.find(name, year, me), principal, model));
    }

    private String page(AnnualReport report, Principal principal, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("canWrite", reports.mayWrite(report, principal.getName()));
        return PAGE;
    }
}
