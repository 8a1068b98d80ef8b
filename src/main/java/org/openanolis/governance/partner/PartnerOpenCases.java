package org.openanolis.governance.partner;

import java.util.Arrays;
import java.util.List;

import org.openanolis.governance.system.OpenCaseCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The open partner applications of one person, for the limit on open cases. */
@Component
@RequiredArgsConstructor
class PartnerOpenCases implements OpenCaseCount {

    private static final List<String> OPEN = Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isOpen).map(Enum::name).toList();

    private final JdbcClient jdbc;

    @Override
    public int openCasesOf(String person) {
        return jdbc.sql("select count(*) from partner_application where applicant = :person and status in (:open)")
                .param("person", person).param("open", OPEN).query(Integer.class).single();
    }
}
