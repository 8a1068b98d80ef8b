package org.openanolis.governance.onboarding;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.sig.ReportFacts;
import org.openanolis.governance.sig.SponsoredProjectFacts;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** A SIG's sponsored projects for its annual report: each with its stage now and the stages it reached in the period. */
@Component
@RequiredArgsConstructor
class SponsoredProjectReportFacts implements SponsoredProjectFacts {

    private final ProjectDirectory projects;

    @Override
    public List<ReportFacts.ProjectFact> sponsoredBy(String sig, Instant from, Instant to) {
        return projects.sponsoredBy(sig).stream().map(p -> new ReportFacts.ProjectFact(p.name(), p.status().name(),
                p.maturityLog().stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
                        .map(e -> new ReportFacts.StageFact(e.stage().name(), e.at())).toList())).toList();
    }
}
