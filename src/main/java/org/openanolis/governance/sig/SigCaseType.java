package org.openanolis.governance.sig;

import java.util.Set;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CommitteeDecision;
import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.vote.VoteCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SIG proposal as a kind of case. The committee vote recuses the proposer and the proposed chairs and tech
 * leads; an approval moves the proposal to provisioning, a rejection ends it.
 */
@Configuration(proxyBeanMethods = false)
public class SigCaseType {

    public static final CaseType SIG_PROPOSAL = new CaseType(SigProposal.CASE_TYPE, "sig-proposals",
            "SIG proposal", "proposal", "proposer", "sigCreation", "SigProposalRevised", "SigProposalWithdrawn");

    @Bean
    CaseType sigProposalCaseType() {
        return SIG_PROPOSAL;
    }

    @Bean
    CaseKind<SigProposal> sigProposalKind(SigProposalRepository proposals) {
        return new CaseKind<>(SIG_PROPOSAL, proposals,
                CommitteeDecision.of(p -> new VoteCase(p.caseName(), p.getProposer(), p.involvedPeople(), Set.of()),
                        SigStatus.VOTING, SigStatus.NO_QUORUM, SigStatus.PROVISIONING, SigStatus.REJECTED));
    }
}
