package org.openanolis.governance.committee;

import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.cases.JdbcCaseStore;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommitteeRemovalRepository extends JdbcCaseStore<CommitteeRemoval, DecisionStatus, Removal> {

    CommitteeRemovalRepository(JdbcClient jdbc, JsonLists json) {
        super(jdbc, json, "committee_removal", "proposer", "title", DecisionStatus.class, Removal.class,
                CommitteeRemoval::new);
    }
}
