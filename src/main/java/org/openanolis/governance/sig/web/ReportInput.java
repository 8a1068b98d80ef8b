package org.openanolis.governance.sig.web;

import org.openanolis.governance.sig.AnnualReport;
import org.openanolis.governance.sig.ReportText;

import lombok.Getter;
import lombok.Setter;

/** The report form exactly as typed; the service judges it. */
@Getter
@Setter
public class ReportInput {

    private String achievements;
    private String plans;
    private String helpNeeded;

    static ReportInput of(AnnualReport report) {
        ReportInput input = new ReportInput();
        input.setAchievements(report.achievements());
        input.setPlans(report.plans());
        input.setHelpNeeded(report.helpNeeded());
        return input;
    }

    ReportText toText() {
        return new ReportText(achievements, plans, helpNeeded);
    }
}
