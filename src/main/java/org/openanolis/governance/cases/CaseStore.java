package org.openanolis.governance.cases;

import java.util.Optional;

/** Where a kind of case is kept: each feature's repository of its own table. */
public interface CaseStore<C extends CaseRecord<?>> {

    void insert(C c);

    void update(C c);

    Optional<C> find(String id);

    /** Reads and row-locks the case, so that two transitions of one case never interleave. */
    Optional<C> lock(String id);
}
