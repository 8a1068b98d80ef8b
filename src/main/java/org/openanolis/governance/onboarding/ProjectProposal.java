package org.openanolis.governance.onboarding;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseRecord;

/**
 * A proposal to bring a project into the community. Its state changes only through the methods
 * below, each of which refuses a move that Process 2 does not allow.
 */
public class ProjectProposal extends CaseRecord<ProjectProposalStatus, ProjectProfile> {

    public static final String CASE_TYPE = "PROJECT_PROPOSAL";

    public ProjectProposal(CaseHeader<ProjectProposalStatus> header, ProjectProfile profile) {
        super(ProjectCaseType.PROJECT_PROPOSAL, header, profile);
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("sponsorSig", getDetails().sponsorSig());
    }

    void acceptLicense(Instant at) {
        move(Set.of(ProjectProposalStatus.LEGAL_REVIEW), ProjectProposalStatus.SIG_ENDORSEMENT, at);
    }

    void endorse(Instant at) {
        move(Set.of(ProjectProposalStatus.SIG_ENDORSEMENT), ProjectProposalStatus.DUE_DILIGENCE, at);
    }

    /** Legal review, the sponsoring SIG or due diligence said no. */
    void reject(Instant at) {
        move(Set.of(ProjectProposalStatus.LEGAL_REVIEW, ProjectProposalStatus.SIG_ENDORSEMENT,
                ProjectProposalStatus.DUE_DILIGENCE), ProjectProposalStatus.REJECTED, at);
    }

    void passDueDiligence(Instant at) {
        move(Set.of(ProjectProposalStatus.DUE_DILIGENCE), ProjectProposalStatus.VOTING, at);
    }

    void confirmAgreement(Instant at) {
        move(Set.of(ProjectProposalStatus.AGREEMENT_PENDING), ProjectProposalStatus.ONBOARDING, at);
    }

    void accept(Instant at) {
        move(Set.of(ProjectProposalStatus.ONBOARDING), ProjectProposalStatus.ACCEPTED, at);
    }

    /** The chair closed the vote, or the proposer never confirmed the agreement. */
    void expire(Instant at) {
        move(Set.of(ProjectProposalStatus.VOTING, ProjectProposalStatus.NO_QUORUM,
                ProjectProposalStatus.AGREEMENT_PENDING), ProjectProposalStatus.EXPIRED, at);
    }

    /** Everyone the vote must recuse by person: the proposer and the maintainers. */
    public Set<String> involvedPeople() {
        Set<String> involved = new LinkedHashSet<>();
        involved.add(getProposer());
        involved.addAll(getDetails().maintainers());
        return involved;
    }
}
