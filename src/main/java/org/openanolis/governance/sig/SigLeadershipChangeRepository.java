package org.openanolis.governance.sig;

import java.util.Optional;

import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.cases.JdbcCaseStore;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SigLeadershipChangeRepository
        extends JdbcCaseStore<SigLeadershipChange, DecisionStatus, LeadershipChange> {

    SigLeadershipChangeRepository(JdbcClient jdbc, JsonLists json) {
        super(jdbc, json, "sig_leadership_change", "proposer", "title", DecisionStatus.class,
                LeadershipChange.class, SigLeadershipChange::new);
    }

    /** The SIG's leadership change still open, if any: there is at most one, as a second is refused. */
    Optional<LeadershipChange> openChangeOf(String sig) {
        LeadershipChange probe = new LeadershipChange(sig, null, null, null, null, null);
        return findOpenNamed(probe.caseName()).map(SigLeadershipChange::getDetails);
    }
}
