package org.openanolis.governance.onboarding;

import org.openanolis.governance.cases.CaseType;
import org.openanolis.governance.onboarding.process.ProjectOnboardingProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The project proposal as a kind of case: it is never revised, only withdrawn. */
@Configuration(proxyBeanMethods = false)
public class ProjectCaseType {

    public static final CaseType PROJECT_PROPOSAL = new CaseType(ProjectProposal.CASE_TYPE,
            "project-proposals", "Project proposal", ProjectOnboardingProcess.KEY, null,
            ProjectOnboardingProcess.MESSAGE_WITHDRAWN);

    @Bean
    CaseType projectProposalCaseType() {
        return PROJECT_PROPOSAL;
    }
}
