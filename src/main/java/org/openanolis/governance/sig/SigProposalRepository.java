package org.openanolis.governance.sig;

import org.openanolis.governance.cases.JdbcCaseStore;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SigProposalRepository extends JdbcCaseStore<SigProposal, SigStatus, SigCharter> {

    SigProposalRepository(JdbcClient jdbc, JsonLists json) {
        super(jdbc, json, "sig_proposal", "proposer", "name", SigStatus.class, SigCharter.class,
                SigProposal::new);
    }

    /**
     * Serializes checking a name and taking it, until the transaction ends: a name is unique among open
     * proposals, and nothing else stops two submissions of one name from both finding it free.
     */
    void lockNames() {
        jdbc.sql("select id from sig_name_lock where id = 1 for update").query(Integer.class).single();
    }
}
