package org.openanolis.governance.sig;

import org.openanolis.governance.cases.CaseType;
import org.openanolis.governance.sig.process.SigCreationProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SIG proposal as a kind of case. */
@Configuration(proxyBeanMethods = false)
public class SigCaseType {

    public static final CaseType SIG_PROPOSAL = new CaseType(SigProposal.CASE_TYPE, "sig-proposals",
            "SIG proposal", SigCreationProcess.KEY, SigCreationProcess.MESSAGE_REVISED,
            SigCreationProcess.MESSAGE_WITHDRAWN);

    @Bean
    CaseType sigProposalCaseType() {
        return SIG_PROPOSAL;
    }
}
