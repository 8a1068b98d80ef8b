package org.openanolis.governance.sig;

import java.time.Instant;
import java.util.List;

/**
 * Where an annual report learns of the projects a SIG sponsors: the projects module answers, since it depends on
 * this one and not the other way round.
 */
public interface SponsoredProjectFacts {

    List<ReportFacts.ProjectFact> sponsoredBy(String sig, Instant from, Instant to);
}
