package org.openanolis.governance.cases;

import java.util.Optional;

import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;

/**
 * Where a kind of case is kept: each feature's repository of its own table, most simply a {@link JdbcCaseStore}.
 */
public interface CaseStore<C extends CaseRecord<?, ?>> {

    /** The table, as the queries over every kind's cases need it. */
    CaseTable table();

    void insert(C c);

    void update(C c);

    Optional<C> find(String id);

    /** Reads and row-locks the case, so that two transitions of one case never interleave. */
    Optional<C> lock(String id);

    /** One page of the cases, all ({@code status} null) or those in one status, the newest first. */
    Page<C> page(String status, PageRequest page);
}
