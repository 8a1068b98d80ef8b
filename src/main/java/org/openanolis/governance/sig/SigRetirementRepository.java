package org.openanolis.governance.sig;

import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.cases.JdbcCaseStore;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SigRetirementRepository extends JdbcCaseStore<SigRetirement, DecisionStatus, RetirementProposal> {

    SigRetirementRepository(JdbcClient jdbc, JsonLists json) {
        super(jdbc, json, "sig_retirement", "proposer", "title", DecisionStatus.class, RetirementProposal.class,
                SigRetirement::new);
    }
}
