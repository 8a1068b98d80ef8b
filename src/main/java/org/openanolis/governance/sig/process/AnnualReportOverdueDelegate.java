package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigReports;
import org.springframework.stereotype.Component;

/** The report is 30 days past due: the committee chair is told. */
@Component
record AnnualReportOverdueDelegate(SigReports reports) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        reports.tellCommitteeChair(execution.getProcessBusinessKey(), (int) execution.getVariable(SigReports.YEAR));
    }
}
