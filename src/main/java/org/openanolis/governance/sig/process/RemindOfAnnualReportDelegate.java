package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigReports;
import org.springframework.stereotype.Component;

/** The report is due, or 14 days past due: its SIG's chairs are reminded. */
@Component
record RemindOfAnnualReportDelegate(SigReports reports) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        reports.remindChairs(execution.getProcessBusinessKey(), (int) execution.getVariable(SigReports.YEAR));
    }
}
