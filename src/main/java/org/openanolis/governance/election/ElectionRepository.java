package org.openanolis.governance.election;

import org.openanolis.governance.cases.JdbcCaseStore;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ElectionRepository extends JdbcCaseStore<Election, ElectionStatus, ElectionCall> {

    ElectionRepository(JdbcClient jdbc, JsonLists json) {
        super(jdbc, json, "election", "officer", "title", ElectionStatus.class, ElectionCall.class, Election::new);
    }
}
