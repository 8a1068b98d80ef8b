package org.openanolis.governance.onboarding;

import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.cases.JdbcCaseStore;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProjectArchivingRepository extends JdbcCaseStore<ProjectArchiving, DecisionStatus, ArchivingProposal> {

    ProjectArchivingRepository(JdbcClient jdbc, JsonLists json) {
        super(jdbc, json, "project_archiving", "proposer", "title", DecisionStatus.class, ArchivingProposal.class,
                ProjectArchiving::new);
    }
}
