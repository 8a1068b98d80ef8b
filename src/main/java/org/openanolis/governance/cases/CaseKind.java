package org.openanolis.governance.cases;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.system.CaseWords;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;

/**
 * A kind of case plugged into the mechanism: its type, where it is kept, and how the committee decides it (null
 * where it never comes to a vote). Each feature declares one bean per kind; the lifecycle, the vote hand-off and the
 * limit on open cases find it there.
 */
public record CaseKind<C extends CaseRecord<?, ?>>(CaseType type, CaseStore<C> store, CommitteeDecision<C> decision) {

    public CaseTable table() {
        return store.table();
    }

    public C find(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    public C lock(String id) {
        return store.lock(id).orElseThrow(() -> notFound(id));
    }

    private NotFoundException notFound(String id) {
        return new NotFoundException(Languages.text("error.case.none", CaseWords.kind(type), id));
    }
}
