package org.openanolis.governance.onboarding;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openanolis.governance.system.ConflictException;

import lombok.AllArgsConstructor;
import lombok.Getter;

/**
 * A proposal to bring a project into the community. Its state changes only through the methods
 * below, each of which refuses a move that Process 2 does not allow.
 */
@Getter
@AllArgsConstructor
public class ProjectProposal {

    public static final String CASE_TYPE = "PROJECT_PROPOSAL";

    private final String id;
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
    private final String proposer;
    private ProjectProposalStatus status;
    private final Instant submittedAt;
    private Instant updatedAt;
    private String processInstanceId;

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
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

    /** A vote opened, also a re-run after NO_QUORUM. */
    void voteOpened(Instant at) {
        move(Set.of(ProjectProposalStatus.VOTING, ProjectProposalStatus.NO_QUORUM), ProjectProposalStatus.VOTING, at);
    }

    void voteApproved(Instant at) {
        move(Set.of(ProjectProposalStatus.VOTING), ProjectProposalStatus.AGREEMENT_PENDING, at);
    }

    void voteRejected(Instant at) {
        move(Set.of(ProjectProposalStatus.VOTING), ProjectProposalStatus.REJECTED, at);
    }

    void noQuorum(Instant at) {
        move(Set.of(ProjectProposalStatus.VOTING), ProjectProposalStatus.NO_QUORUM, at);
    }

    void confirmAgreement(Instant at) {
        move(Set.of(ProjectProposalStatus.AGREEMENT_PENDING), ProjectProposalStatus.ONBOARDING, at);
    }

    void accept(Instant at) {
        move(Set.of(ProjectProposalStatus.ONBOARDING), ProjectProposalStatus.ACCEPTED, at);
    }

    void withdraw(Instant at) {
        if (!status.isOpen()) {
            throw new ConflictException("A " + status + " proposal can no longer be withdrawn");
        }
        status = ProjectProposalStatus.WITHDRAWN;
        updatedAt = at;
    }

    /** The chair closed the vote, or the proposer never confirmed the agreement. */
    void expire(Instant at) {
        move(Set.of(ProjectProposalStatus.VOTING, ProjectProposalStatus.NO_QUORUM,
                ProjectProposalStatus.AGREEMENT_PENDING), ProjectProposalStatus.EXPIRED, at);
    }

    /** Everyone the vote must recuse by person: the proposer and the maintainers. */
    public Set<String> involvedPeople() {
        Set<String> involved = new LinkedHashSet<>();
        involved.add(proposer);
        involved.addAll(maintainers);
        return involved;
    }

    private void move(Set<ProjectProposalStatus> from, ProjectProposalStatus to, Instant at) {
        if (!from.contains(status)) {
            throw new ConflictException("A " + status + " proposal cannot become " + to);
        }
        status = to;
        updatedAt = at;
    }
}
