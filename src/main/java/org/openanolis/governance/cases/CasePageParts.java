package org.openanolis.governance.cases;

import org.openanolis.governance.portal.CaseDiagrams;
import org.openanolis.governance.portal.CasePages;
import org.springframework.stereotype.Component;

/** What every kind's {@link CasePortal} works with, handed over in one piece so a binding names only its kind. */
@Component
public record CasePageParts(CaseLifecycle lifecycle, CaseComments comments, CasePages pages, CaseDiagrams diagrams) {
}
