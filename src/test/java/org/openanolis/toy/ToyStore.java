package org.openanolis.toy;

import org.openanolis.governance.cases.JdbcCaseStore;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The toy's table; a real type adds it with a Flyway migration, a test creates it here. */
class ToyStore extends JdbcCaseStore<ToyDecision, ToyStatus, ToyForm> {

    ToyStore(JdbcClient jdbc, JsonLists json) {
        super(jdbc, json, "toy_decision", "proposer", "title", ToyStatus.class, ToyForm.class,
                ToyDecision::new);
        jdbc.sql("""
                create table if not exists toy_decision (id varchar(36) primary key, title varchar(100) not null,
                  title_key varchar(100) not null, motion varchar(4000) not null, proposer varchar(64) not null,
                  status varchar(20) not null, submitted_at timestamp not null, updated_at timestamp not null,
                  process_instance_id varchar(64))""")
                .update();
    }
}
