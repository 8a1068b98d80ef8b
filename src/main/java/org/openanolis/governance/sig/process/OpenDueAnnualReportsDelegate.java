package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigReports;
import org.springframework.stereotype.Component;

/** The daily check of sig-annual-reports.bpmn: this year's reports open from their day on. */
@Component
record OpenDueAnnualReportsDelegate(SigReports reports) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        reports.openDue();
    }
}
