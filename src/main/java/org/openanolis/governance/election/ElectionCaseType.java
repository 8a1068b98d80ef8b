package org.openanolis.governance.election;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.casetype.CaseType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The election as a kind of case: opened by an officer, run by its own process; the committee does not vote on it. */
@Configuration(proxyBeanMethods = false)
public class ElectionCaseType {

    public static final CaseType ELECTION = new CaseType("ELECTION", "elections", "Committee election", "election",
            "officer", "committeeElection", null, "ElectionCancelled");

    @Bean
    CaseType electionType() {
        return ELECTION;
    }

    @Bean
    CaseKind<Election> electionKind(ElectionRepository elections) {
        return new CaseKind<>(ELECTION, elections, null);
    }
}
