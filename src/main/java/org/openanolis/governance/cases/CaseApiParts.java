package org.openanolis.governance.cases;

import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.vote.Votes;
import org.springframework.stereotype.Component;

/** What every kind's {@link CaseApi} works with, handed over in one piece so a binding names only its kind. */
@Component
public record CaseApiParts(CaseLifecycle lifecycle, Votes votes, Timeline timeline) {
}
