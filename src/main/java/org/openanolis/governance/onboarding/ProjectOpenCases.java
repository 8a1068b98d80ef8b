package org.openanolis.governance.onboarding;

import java.util.Arrays;
import java.util.List;

import org.openanolis.governance.system.OpenCaseCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The open project proposals of one person, for the limit on open cases. */
@Component
@RequiredArgsConstructor
class ProjectOpenCases implements OpenCaseCount {

    private static final List<String> OPEN = Arrays.stream(ProjectProposalStatus.values()).filter(ProjectProposalStatus::isOpen).map(Enum::name).toList();

    private final JdbcClient jdbc;

    @Override
    public int openCasesOf(String person) {
        return jdbc.sql("select count(*) from project_proposal where proposer = :person and status in (:open)")
                .param("person", person).param("open", OPEN).query(Integer.class).single();
    }
}
