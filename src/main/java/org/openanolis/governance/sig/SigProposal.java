package org.openanolis.governance.sig;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openanolis.governance.system.ConflictException;

import lombok.AllArgsConstructor;
import lombok.Getter;

/**
 * A proposal to create a SIG. Its state changes only through the methods below, each of which
 * refuses a move that Process 1 does not allow.
 */
@Getter
@AllArgsConstructor
public class SigProposal {

    public static final String CASE_TYPE = "SIG_PROPOSAL";

    private final String id;
    private String name;
    private String displayName;
    private String mission;
    private String scopeIn;
    private String scopeOut;
    private List<String> chairs;
    private List<String> techLeads;
    private String securityContact;
    private MeetingCadence meetingCadence;
    private String mailingList;
    private List<String> repositories;
    private final String proposer;
    private SigStatus status;
    private final Instant submittedAt;
    private Instant updatedAt;
    private String processInstanceId;

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void accept(Instant at) {
        move(Set.of(SigStatus.TRIAGE), SigStatus.VOTING, at);
    }

    void requestChanges(Instant at) {
        move(Set.of(SigStatus.TRIAGE), SigStatus.CHANGES_REQUESTED, at);
    }

    void rejectInTriage(Instant at) {
        move(Set.of(SigStatus.TRIAGE), SigStatus.REJECTED, at);
    }

    void revise(SigProposalForm form, String resolvedMailingList, Instant at) {
        move(Set.of(SigStatus.CHANGES_REQUESTED), SigStatus.TRIAGE, at);
        name = form.name();
        displayName = form.displayName();
        mission = form.mission();
        scopeIn = form.scopeIn();
        scopeOut = form.scopeOut();
        chairs = List.copyOf(form.chairsOrEmpty());
        techLeads = List.copyOf(form.techLeadsOrEmpty());
        securityContact = form.securityContact();
        meetingCadence = MeetingCadence.valueOf(form.meetingCadence());
        mailingList = resolvedMailingList;
        repositories = List.copyOf(form.repositoriesOrEmpty());
    }

    /** A vote opened, also a re-run after NO_QUORUM. */
    void voteOpened(Instant at) {
        move(Set.of(SigStatus.VOTING, SigStatus.NO_QUORUM), SigStatus.VOTING, at);
    }

    void voteApproved(Instant at) {
        move(Set.of(SigStatus.VOTING), SigStatus.PROVISIONING, at);
    }

    void voteRejected(Instant at) {
        move(Set.of(SigStatus.VOTING), SigStatus.REJECTED, at);
    }

    void noQuorum(Instant at) {
        move(Set.of(SigStatus.VOTING), SigStatus.NO_QUORUM, at);
    }

    void approve(Instant at) {
        move(Set.of(SigStatus.PROVISIONING), SigStatus.APPROVED, at);
    }

    void withdraw(Instant at) {
        if (!status.isOpen()) {
            throw new ConflictException("A " + status + " proposal can no longer be withdrawn");
        }
        status = SigStatus.WITHDRAWN;
        updatedAt = at;
    }

    void expire(Instant at) {
        move(Set.of(SigStatus.CHANGES_REQUESTED, SigStatus.VOTING, SigStatus.NO_QUORUM), SigStatus.EXPIRED, at);
    }

    /** Everyone the vote must recuse: the proposer and the proposed chairs and tech leads. */
    public Set<String> involvedPeople() {
        Set<String> involved = new LinkedHashSet<>();
        involved.add(proposer);
        involved.addAll(chairs);
        involved.addAll(techLeads);
        return involved;
    }

    private void move(Set<SigStatus> from, SigStatus to, Instant at) {
        if (!from.contains(status)) {
            throw new ConflictException("A " + status + " proposal cannot become " + to);
        }
        status = to;
        updatedAt = at;
    }
}
