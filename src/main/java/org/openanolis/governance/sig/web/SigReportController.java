package org.openanolis.governance.sig.web;

import java.security.Principal;
import java.util.List;

import org.openanolis.governance.people.People;
import org.openanolis.governance.sig.AnnualReport;
import org.openanolis.governance.sig.ReportMarkdown;
import org.openanolis.governance.sig.ReportText;
import org.openanolis.governance.sig.SigReports;
import org.openanolis.governance.system.Languages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/**
 * A SIG's annual reports in the API: every one, the latest first; one year's as JSON or, asked with
 * {@code Accept: text/markdown}, as a Markdown document; and a chair's draft of the open one. The report is submitted
 * by completing its ANNUAL_REPORT task.
 */
@RestController
@RequestMapping("/api/sigs/{name}/reports")
@RequiredArgsConstructor
class SigReportController {

    static final String MARKDOWN = "text/markdown;charset=UTF-8";

    private final SigReports reports;
    private final People people;

    @GetMapping
    List<AnnualReport> list(@PathVariable String name, Principal principal) {
        return reports.of(name, principal.getName());
    }

    @GetMapping("/{year}")
    AnnualReport get(@PathVariable String name, @PathVariable int year, Principal principal) {
        return reports.find(name, year, principal.getName());
    }

    @GetMapping(path = "/{year}", produces = MARKDOWN)
    String markdown(@PathVariable String name, @PathVariable int year, Principal principal) {
        return ReportMarkdown.of(reports.find(name, year, principal.getName()), people::displayName,
                Languages.current());
    }

    /** A chair saves the text of the open report (200), to submit through its task. */
    @PutMapping("/{year}")
    AnnualReport draft(@PathVariable String name, @PathVariable int year, @RequestBody ReportText text,
                       Principal principal) {
        return reports.saveDraft(name, year, text, principal.getName());
    }
}
