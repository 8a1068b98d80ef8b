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

    public static final CaseType LEADERSHIP_CHANGE = new CaseType("SIG_LEADERSHIP_CHANGE", "sig-leadership-changes",
            "SIG leadership change", "proposal", "proposer", "sigLeadershipChange", null,
            "SigLeadershipChangeWithdrawn");

    public static final CaseType RETIREMENT = new CaseType("SIG_RETIREMENT", "sig-retirements", "SIG retirement",
            "proposal", "proposer", "sigRetirement", null, "SigRetirementWithdrawn");

    /**
     * A SIG itself, for what happens to it outside any one case (a lead steps down, a chair checks in): its history
     * is kept under this key and its mails link to its page, {@code /sigs/{name}}. The process is the one that
     * created it.
     */
    public static final CaseType SIG = new CaseType("SIG", "sigs", "SIG", "SIG", "chair", "sigCreation", null, null);

    @Bean
    CaseType sigLeadershipChangeCaseType() {
        return LEADERSHIP_CHANGE;
    }

    @Bean
    CaseType sigRetirementCaseType() {
        return RETIREMENT;
    }

    /** A retirement is open for comment first, then the committee's SUPER vote recusing the proposer decides. */
    @Bean
    CaseKind<SigRetirement> sigRetirementKind(SigRetirementRepository retirements) {
        return new CaseKind<>(RETIREMENT, retirements,
                CommitteeDecision.afterPublicComment(r -> r.voteRecusing(Set.of(r.getProposer()))));
    }

    @Bean
    CaseType sigItselfCaseType() {
        return SIG;
    }

    /** A leadership change recuses its proposer and everyone it adds or removes; the threshold is SIMPLE. */
    @Bean
    CaseKind<SigLeadershipChange> sigLeadershipChangeKind(SigLeadershipChangeRepository changes) {
        return new CaseKind<>(LEADERSHIP_CHANGE, changes,
                CommitteeDecision.straightToVote(c -> c.voteRecusing(c.involvedPeople())));
    }

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
