package org.openanolis.governance.onboarding;

import java.util.List;

import org.openanolis.governance.cases.JdbcCaseStore;
import org.openanolis.governance.system.CaseTables;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProjectProposalRepository extends JdbcCaseStore<ProjectProposal, ProjectProposalStatus, ProjectProfile> {

    ProjectProposalRepository(JdbcClient jdbc, JsonLists json) {
        super(jdbc, json, "project_proposal", "proposer", "name", ProjectProposalStatus.class,
                ProjectProfile.class, ProjectProposal::new);
    }

    /** Every proposal this person made, the newest first. */
    List<ProjectProposal> proposedBy(String proposer) {
        return CaseTables.byPerson(jdbc, "project_proposal", "proposer", proposer, (rs, row) -> read(rs));
    }
}
