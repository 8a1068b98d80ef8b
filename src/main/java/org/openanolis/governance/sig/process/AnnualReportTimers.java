package org.openanolis.governance.sig.process;

import java.time.Duration;
import java.util.List;

import org.openanolis.governance.sig.AnnualReportProperties;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.sig.Sig;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Expression bean of sig-annual-report.bpmn: who writes the report (the SIG's chairs), and its timers from the day
 * it opened: the due date ({@code governance.sig.annual-report.due-after}), 14 days after it, and 30 days after it.
 */
@Component
@RequiredArgsConstructor
public class AnnualReportTimers {

    private final AnnualReportProperties properties;
    private final SigDirectory directory;

    public List<String> writers(String sig) {
        return directory.find(sig).map(Sig::chairs).orElse(List.of());
    }

    public String due() {
        return properties.dueAfter().toString();
    }

    public String secondReminder() {
        return properties.dueAfter().plus(Duration.ofDays(14)).toString();
    }

    public String committeeChairTold() {
        return properties.dueAfter().plus(Duration.ofDays(30)).toString();
    }
}
