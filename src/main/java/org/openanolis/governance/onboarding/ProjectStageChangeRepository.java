package org.openanolis.governance.onboarding;

import org.openanolis.governance.cases.JdbcCaseStore;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProjectStageChangeRepository extends JdbcCaseStore<ProjectStageChange, StageChangeStatus, StageChangeProposal> {

    ProjectStageChangeRepository(JdbcClient jdbc, JsonLists json) {
        super(jdbc, json, "project_stage_change", "proposer", "title", StageChangeStatus.class,
                StageChangeProposal.class, ProjectStageChange::new);
    }
}
