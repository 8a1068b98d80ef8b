package org.openanolis.governance.onboarding;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseRecord;

import lombok.Getter;

/**
 * A proposal to bring a project into the community. Its state changes only through the methods
 * below, each of which refuses a move that Process 2 does not allow.
 */
@Getter
public class ProjectProposal extends CaseRecord<ProjectProposalStatus> {

    public static final String CASE_TYPE = "PROJECT_PROPOSAL";

    private final String name;
    private final String summary;
    private final String description;
    private final String repositoryUrl;
    private final String website;
    private final String license;
    private final String sponsorSig;
    private final List<String> maintainers;
    private final String securityContact;
    private final String codeOfConductUrl;
    private final String originOrganization;

    public ProjectProposal(String id, String name, String summary, String description, String repositoryUrl,
                           String website, String license, String sponsorSig, List<String> maintainers,
                           String securityContact, String codeOfConductUrl, String originOrganization,
                           String proposer, ProjectProposalStatus status, Instant submittedAt, Instant updatedAt,
                           String processInstanceId) {
        super(ProjectCaseType.PROJECT_PROPOSAL, id, proposer, status, submittedAt, updatedAt, processInstanceId);
        this.name = name;
        this.summary = summary;
        this.description = description;
        this.repositoryUrl = repositoryUrl;
        this.website = website;
        this.license = license;
        this.sponsorSig = sponsorSig;
        this.maintainers = maintainers;
        this.securityContact = securityContact;
        this.codeOfConductUrl = codeOfConductUrl;
        this.originOrganization = originOrganization;
    }

    @Override
    public String caseName() {
        return name;
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("sponsorSig", sponsorSig);
    }

    @Override
    protected ProjectProposalStatus withdrawnStatus() {
        return ProjectProposalStatus.WITHDRAWN;
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
        involved.addAll(maintainers);
        return involved;
    }
}
