package org.openanolis.governance.sig.process;

import static org.openanolis.governance.task.TaskKind.ANNUAL_REPORT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigReports;
import org.springframework.stereotype.Component;

/** A chair submitted the report: it is public, and the SIG's activity. */
@Component
record PublishAnnualReportDelegate(SigReports reports) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        reports.publish(execution.getProcessBusinessKey(), (int) execution.getVariable(SigReports.YEAR), ANNUAL_REPORT.actor(execution));
    }
}
